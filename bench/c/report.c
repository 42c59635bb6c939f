#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int repetitions(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 5;
  return n > 0 ? n : 5;
}

void report(const char* workload, long items, const double* seconds, int reps) {
  printf("{\"workload\": \"%s\", \"items\": %ld, \"seconds\": [", workload, items);
  for (int i = 0; i < reps; ++i) printf("%s%.9f", i ? ", " : "", seconds[i]);
  printf("]}\n");
}

void timer_delays_ns(unsigned* out, int n) {
  unsigned x = 2463534242u;
  for (int i = 0; i < n; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    out[i] = x % 1000000u;
  }
}
