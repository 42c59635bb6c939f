/* W3 in C: 200k uv_timer_t with the shared pseudo-random delays (libuv counts
 * whole milliseconds: each delay is rounded up, as CPython's selector rounds
 * its timeout), run until the last fires; then the same with every other
 * timer stopped right after it was started. */
#include <stdlib.h>

#include "report.h"
#include <uv.h>

enum { TIMERS = 200000 };

static unsigned delays_ns[TIMERS];
static long left;

static void fired(uv_timer_t* t) {
  if (--left == 0) uv_stop(t->loop);
}

static double run_once(int cancel_half) {
  uv_loop_t loop;
  uv_async_t wake;
  uv_timer_t* timers = malloc(sizeof(uv_timer_t) * TIMERS);
  uv_loop_init(&loop);
  uv_async_init(&loop, &wake, NULL);
  left = cancel_half ? TIMERS / 2 : TIMERS;
  double t0 = now_seconds();
  for (int i = 0; i < TIMERS; ++i) {
    uv_timer_init(&loop, &timers[i]);
    uv_timer_start(&timers[i], fired, (delays_ns[i] + 999999u) / 1000000u, 0);
    if (cancel_half && i % 2 == 1) uv_timer_stop(&timers[i]);
  }
  uv_run(&loop, UV_RUN_DEFAULT);
  double t = now_seconds() - t0;
  for (int i = 0; i < TIMERS; ++i) uv_close((uv_handle_t*)&timers[i], NULL);
  uv_close((uv_handle_t*)&wake, NULL);
  uv_run(&loop, UV_RUN_DEFAULT);
  uv_loop_close(&loop);
  free(timers);
  return t;
}

int main(int argc, char** argv) {
  int reps = repetitions(argc, argv);
  double* s = malloc(sizeof(double) * reps);
  timer_delays_ns(delays_ns, TIMERS);
  for (int i = 0; i < reps; ++i) s[i] = run_once(0);
  report("W3_timers", TIMERS, s, reps);
  for (int i = 0; i < reps; ++i) s[i] = run_once(1);
  report("W3_timers_half_cancelled", TIMERS, s, reps);
  free(s);
  return 0;
}
