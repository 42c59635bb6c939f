#include "fifo.h"

#include <stdlib.h>
#include <string.h>

static void grow(fifo_t* f) {
  size_t cap = f->cap ? f->cap * 2 : 1024;
  fifo_item* buf = malloc(cap * sizeof *buf);
  for (size_t i = 0; i < f->size; ++i) buf[i] = f->buf[(f->head + i) & (f->cap - 1)];
  free(f->buf);
  f->buf = buf;
  f->cap = cap;
  f->head = 0;
}

static void on_idle(uv_idle_t* h) {
  fifo_t* f = h->data;
  /* Only what was queued when the pass began; the rest waits a pass. */
  for (size_t todo = f->size; todo > 0; --todo) {
    fifo_item it = f->buf[f->head];
    f->head = (f->head + 1) & (f->cap - 1);
    --f->size;
    it.fn(it.arg);
  }
  if (f->size == 0) uv_idle_stop(&f->idle);
}

void fifo_init(fifo_t* f, uv_loop_t* loop) {
  memset(f, 0, sizeof *f);
  uv_idle_init(loop, &f->idle);
  f->idle.data = f;
}

void fifo_push(fifo_t* f, fifo_fn fn, void* arg) {
  if (f->size == f->cap) grow(f);
  f->buf[(f->head + f->size) & (f->cap - 1)] = (fifo_item){fn, arg};
  ++f->size;
  uv_idle_start(&f->idle, on_idle); /* a no-op when already started */
}

void fifo_close(fifo_t* f) {
  uv_close((uv_handle_t*)&f->idle, NULL);
  free(f->buf);
  f->buf = NULL;
}
