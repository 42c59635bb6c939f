/* W1 in C: a callback that re-queues itself, 1M hops, one loop pass per hop.
 * Like every event loop that other threads can wake (asyncio's self-pipe,
 * uvloop's uv_async_t), the loop holds a uv_async_t; so each pass polls its
 * eventfd with epoll_wait(timeout 0). */
#include <stdlib.h>

#include "fifo.h"
#include "report.h"

enum { HOPS = 1000000 };

typedef struct {
  fifo_t fifo;
  long left;
} chain_t;

static void hop(void* arg) {
  chain_t* c = arg;
  if (--c->left > 0) {
    fifo_push(&c->fifo, hop, c);
  } else {
    uv_stop(c->fifo.idle.loop);
  }
}

static double run_once(void) {
  uv_loop_t loop;
  uv_async_t wake;
  chain_t c;
  uv_loop_init(&loop);
  uv_async_init(&loop, &wake, NULL);
  fifo_init(&c.fifo, &loop);
  c.left = HOPS;
  double t0 = now_seconds();
  fifo_push(&c.fifo, hop, &c);
  uv_run(&loop, UV_RUN_DEFAULT);
  double t = now_seconds() - t0;
  fifo_close(&c.fifo);
  uv_close((uv_handle_t*)&wake, NULL);
  uv_run(&loop, UV_RUN_DEFAULT);
  uv_loop_close(&loop);
  return t;
}

int main(int argc, char** argv) {
  int reps = repetitions(argc, argv);
  double* s = malloc(sizeof(double) * reps);
  for (int i = 0; i < reps; ++i) s[i] = run_once();
  report("W1_call_soon_chain", HOPS, s, reps);
  free(s);
  return 0;
}
