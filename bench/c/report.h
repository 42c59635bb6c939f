/* Timing and output shared by the C programs: each prints one JSON line,
 * {"workload": ..., "items": N, "seconds": [one per repetition]}. */
#pragma once

double now_seconds(void);
/* argv[1] is the number of repetitions (default 5). */
int repetitions(int argc, char** argv);
void report(const char* workload, long items, const double* seconds, int reps);

/* The shared pseudo-random delays in nanoseconds: xorshift32 from
 * 2463534242, x % 1000000 (as bench/cpp/loops.cpp and bench/python). */
void timer_delays_ns(unsigned* out, int n);
