/* W2 in C: 1M callbacks queued up front, run in one pass. */
#include <stdlib.h>

#include "fifo.h"
#include "report.h"

enum { CALLBACKS = 1000000 };

static long ran;

static void bump(void* arg) {
  (void)arg;
  ++ran;
}

static void stop(void* arg) { uv_stop(arg); }

static double run_once(void) {
  uv_loop_t loop;
  uv_async_t wake;
  fifo_t fifo;
  uv_loop_init(&loop);
  uv_async_init(&loop, &wake, NULL);
  fifo_init(&fifo, &loop);
  ran = 0;
  double t0 = now_seconds();
  for (long i = 0; i < CALLBACKS; ++i) fifo_push(&fifo, bump, NULL);
  fifo_push(&fifo, stop, &loop);
  uv_run(&loop, UV_RUN_DEFAULT);
  double t = now_seconds() - t0;
  if (ran != CALLBACKS) abort();
  fifo_close(&fifo);
  uv_close((uv_handle_t*)&wake, NULL);
  uv_run(&loop, UV_RUN_DEFAULT);
  uv_loop_close(&loop);
  return t;
}

int main(int argc, char** argv) {
  int reps = repetitions(argc, argv);
  double* s = malloc(sizeof(double) * reps);
  for (int i = 0; i < reps; ++i) s[i] = run_once();
  report("W2_call_soon_fanout", CALLBACKS, s, reps);
  free(s);
  return 0;
}
