/* A FIFO of callbacks drained by a uv_idle_t: the ready queue a C program on
 * libuv would write. Each loop pass runs the callbacks queued when the pass
 * began (asyncio's batch rule); while the FIFO is non-empty the idle handle
 * keeps libuv's poll timeout at zero. */
#pragma once

#include <stddef.h>
#include <uv.h>

typedef void (*fifo_fn)(void* arg);

typedef struct {
  fifo_fn fn;
  void* arg;
} fifo_item;

typedef struct {
  uv_idle_t idle;
  fifo_item* buf; /* capacity is a power of two */
  size_t cap, head, size;
} fifo_t;

void fifo_init(fifo_t* f, uv_loop_t* loop);
void fifo_push(fifo_t* f, fifo_fn fn, void* arg);
/* Closes the idle handle; run the loop once more to finish closing it. */
void fifo_close(fifo_t* f);
