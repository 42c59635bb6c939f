// ConnBuilder: the Python of a program's connections (conn_builder.hpp).
#include "conn_builder.hpp"

#include <memory>

#include "ir_build.hpp"

namespace loopspec::properties {
namespace {

using namespace irb;

/// What one end of an ordinary connection writes in all: far below any
/// kernel's socket buffer (Linux's default is 208 KiB for a socketpair), so
/// the kernel takes every write whole and the reader finds it whole.
constexpr int kSmallBudget = 24 * 1024;
/// What a bulk writer writes in all: about twice the kernel's buffer, so
/// that a drain returns once the peer's transport has read what it reads
/// unasked (up to twice its reader's limit, in reads of 256 KiB), and main's
/// reads after the joins are not needed to let it go.
constexpr int kBulkBudget = 400 * 1024;
/// How many bytes of each read the trace shows.
constexpr int kHead = 12;

ExprPtr bytes(std::string s) { return ir::make(ir::Const{Value(std::make_shared<Bytes>(std::move(s)))}); }
ExprPtr mul(ExprPtr l, ExprPtr r) { return ir::make(ir::BinaryOp{ir::BinOp::Mul, std::move(l), std::move(r)}); }
/// `v[:n]`
ExprPtr head(ExprPtr v) { return sub(std::move(v), ir::make(ir::Slice{nullptr, num(kHead), nullptr})); }
ExprPtr length(int l, ExprPtr v) { return call(l, name("len"), args(std::move(v))); }
ExprPtr rs(int e) { return item("rs", e); }
ExprPtr ws(int e) { return item("ws", e); }

/// `lambda r, w: <acc>.set_result((r, w))`: start_server's client_connected_cb.
ExprPtr accept_into(int l, const std::string& acc) {
  auto fn = std::make_shared<ir::Function>();
  fn->name = "<lambda>";
  fn->is_lambda = true;
  fn->line = l;
  fn->params = {"r", "w"};
  ExprPtr pair = ir::make(ir::TupleExpr{args(name("r"), name("w"))});
  fn->body.emplace_back(l, ir::Return{method(l, name(acc), "set_result", args(std::move(pair)))});
  return ir::make(ir::Lambda{std::move(fn)});
}

/// `r, w = await <opener>`
ir::Stmt open_into_rw(int l, ExprPtr opener) {
  ExprPtr target = ir::make(ir::TupleExpr{args(name("r"), name("w"))});
  return ir::Stmt(l, ir::Assign{std::move(target), await_(std::move(opener))});
}

}  // namespace

template <class Body>
void ConnBuilder::catching(ir::Block& out, const char* tag, int e, Body&& body) {
  try_except(line_, out, body, [&](ir::Block& h) { log_stmt(line_, h, args(str(tag), num(e), name("e"))); });
}

// --- set-up and end ------------------------------------------------------------

std::vector<ir::Keyword> ConnBuilder::limit_kw(int i) const {
  std::vector<ir::Keyword> kws;
  int limit = conns_[static_cast<std::size_t>(i)].limit;
  if (limit == 1) kws.push_back(kw("limit", num(64)));
  if (limit == 2) kws.push_back(kw("limit", num(1024)));
  return kws;
}

void ConnBuilder::keep_ends(ir::Block& out) {
  int l = line();
  out.push_back(expr(l, method(l, name("rs"), "append", args(name("r")))));
  l = line();
  out.push_back(expr(l, method(l, name("ws"), "append", args(name("w")))));
}

/// a<i>, b<i> = socket.socketpair(), each end a stream.
void ConnBuilder::open_pair(ir::Block& out, int i) {
  std::string a = "a" + std::to_string(i), b = "b" + std::to_string(i);
  int l = line();
  out.push_back(ir::Stmt(l, ir::Assign{ir::make(ir::TupleExpr{args(name(a), name(b))}),
                                       call(l, attr(name("socket"), "socketpair"))}));
  for (const std::string& s : {a, b}) {
    l = line();
    std::vector<ir::Keyword> kws = limit_kw(i);
    kws.insert(kws.begin(), kw("sock", name(s)));
    out.push_back(open_into_rw(l, call(l, aio("open_connection"), {}, std::move(kws))));
    keep_ends(out);
  }
}

/// A server whose callback hands its one connection to main through a
/// future, and a client of it: the client's end first, then the server's.
void ConnBuilder::open_server(ir::Block& out, int i) {
  const bool tcp = conns_[static_cast<std::size_t>(i)].kind == Conn::Tcp;
  std::string acc = "acc" + std::to_string(i), srv = "srv" + std::to_string(i), path = "path" + std::to_string(i);
  int l = line();
  out.push_back(assign(l, acc, method(l, name("loop"), "create_future")));
  if (!tcp) {
    l = line();
    out.push_back(assign(l, path, call(l, name("unix_path"), args(str("c" + std::to_string(i))))));
  }
  l = line();
  std::vector<ExprPtr> sargs = args(accept_into(l, acc));
  if (tcp) sargs.push_back(str("127.0.0.1")), sargs.push_back(num(0));
  else sargs.push_back(name(path));
  out.push_back(assign(l, srv, await_(call(l, aio(tcp ? "start_server" : "start_unix_server"), std::move(sargs),
                                           limit_kw(i)))));
  l = line();
  std::vector<ExprPtr> cargs;
  if (tcp) {
    // The port is only passed on, never logged.
    ExprPtr sockname = method(l, sub(attr(name(srv), "sockets"), num(0)), "getsockname");
    cargs = args(str("127.0.0.1"), sub(std::move(sockname), num(1)));
  } else {
    cargs = args(name(path));
  }
  out.push_back(open_into_rw(l, call(l, aio(tcp ? "open_connection" : "open_unix_connection"), std::move(cargs),
                                     limit_kw(i))));
  keep_ends(out);
  l = line();
  out.push_back(open_into_rw(l, name(acc)));
  keep_ends(out);
}

void ConnBuilder::prologue(ir::Block& out) {
  if (!any()) return;
  written_.assign(static_cast<std::size_t>(manifest_.ends), 0);
  out.push_back(assign(line(), "rs", list({})));
  out.push_back(assign(line(), "ws", list({})));
  for (int i = 0; i < static_cast<int>(conns_.size()); ++i) {
    if (conns_[static_cast<std::size_t>(i)].kind == Conn::Pair) open_pair(out, i);
    else open_server(out, i);
  }
}

void ConnBuilder::finish(ir::Block& out) {
  for (int e = 0; e < manifest_.ends; ++e) {
    catching(out, "cerr", e, [&](ir::Block& b) {
      int l = line();
      b.push_back(expr(l, method(l, ws(e), "write_eof")));
    });
  }
}

void ConnBuilder::close_all(ir::Block& out) {
  // read() to the end consumes what is buffered before it finds another
  // read waiting (a leftover task's) and raises: "cenderr" says so. It
  // reads in pieces, and a leftover task may read between them:
  // "cendstart" opens that window for the stream-bytes invariant.
  for (int e = 0; e < manifest_.ends; ++e) {
    log_stmt(line_, out, args(str("cendstart"), num(e)));
    catching(out, "cenderr", e, [&](ir::Block& b) {
      int l = line();
      b.push_back(assign(l, "r", await_(method(l, rs(e), "read"))));
      l = line_;
      log_stmt(line_, b, args(str("cend"), num(e), length(l, name("r")), head(name("r"))));
    });
  }
  for (int e = 0; e < manifest_.ends; ++e) {
    int l = line();
    out.push_back(expr(l, method(l, ws(e), "close")));
  }
  for (int e = 0; e < manifest_.ends; ++e) {
    catching(out, "cerr", e, [&](ir::Block& b) {
      int l = line();
      b.push_back(expr(l, await_(method(l, ws(e), "wait_closed"))));
    });
  }
  for (int i = 0; i < static_cast<int>(conns_.size()); ++i) {
    if (conns_[static_cast<std::size_t>(i)].kind == Conn::Pair) continue;
    std::string srv = "srv" + std::to_string(i);
    int l = line();
    out.push_back(expr(l, method(l, name(srv), "close")));
    l = line();
    out.push_back(expr(l, await_(method(l, name(srv), "wait_closed"))));
  }
  log_stmt(line_, out, args(str("conns closed")));
}

// --- the actions ---------------------------------------------------------------

/// Write k's bytes: a short literal (with newlines, for readline), a unit
/// repeated, or (a bulk writer's) a unit repeated tens of thousands of times.
/// Each write's bytes start with its own unit, so a misplaced chunk shows.
ExprPtr ConnBuilder::write_data(const Action& a, int e, int k) {
  static constexpr int kRepeats[] = {3, 40, 300};
  static constexpr int kBulkRepeats[] = {40000, 80000, 100000};
  const std::string unit = "k" + std::to_string(k) + "-";
  int& written = written_[static_cast<std::size_t>(e)];
  std::string data;
  ExprPtr x;
  const int bulk_repeats = kBulkRepeats[a.b % 3];
  const int repeats = kRepeats[a.b % 3];
  const int unit_len = static_cast<int>(unit.size());
  if (bulk_writer(e) && ((a.b & 4) || (a.c & 1)) && written + bulk_repeats * unit_len <= kBulkBudget) {
    for (int i = 0; i < bulk_repeats; ++i) data += unit;
    x = mul(bytes(unit), num(bulk_repeats));
  } else if (a.c % 4 >= 2 && written + repeats * unit_len + 1 <= kSmallBudget) {
    for (int i = 0; i < repeats; ++i) data += unit;
    x = mul(bytes(unit), num(repeats));
    if (a.c % 4 == 3) data += "\n", x = add(std::move(x), bytes("\n"));
  } else {
    data = a.c % 4 == 1 ? unit + "a\nb" : unit + "\n";
    x = bytes(data);
  }
  written += static_cast<int>(data.size());
  manifest_.writes[k] = {e, data};
  return x;
}

void ConnBuilder::close(ir::Block& out, int e) {
  int l = line();
  out.push_back(expr(l, method(l, ws(e), "close")));
  log_stmt(line_, out, args(str("cclose"), num(e)));
}

void ConnBuilder::drain(ir::Block& out, int e) {
  int l = line();
  out.push_back(expr(l, await_(method(l, ws(e), "drain"))));
  log_stmt(line_, out, args(str("cdrain"), num(e)));
}

bool ConnBuilder::write(const Action& a, bool async, ir::Block& out, int end) {
  int e = end >= 0 ? end : end_of(a.a);
  if (e < 0 || bulk_reader(e)) return false;
  int k = ++writes_;
  catching(out, "cerr", e, [&](ir::Block& b) {
    int l = line();
    b.push_back(expr(l, method(l, ws(e), "write", args(write_data(a, e, k)))));
    l = line_;
    log_stmt(line_, b, args(str("cw"), num(e), num(k), method(l, ws(e), "is_closing")));
    // A bulk write drains a quarter of the time, and is followed at once by
    // a close half the time: a close with the buffer still full is what
    // shows whether close() flushes it.
    if (async && a.flag && (!bulk_writer(e) || (a.c & 2))) drain(b, e);
    if (bulk_writer(e) && (a.c & 4)) close(b, e);
  });
  return true;
}

/// read(n), readexactly(n) or readline() on end e, with sizes from small
/// palettes; a bulk reader reads exactly, up to a few hundred KiB.
ExprPtr ConnBuilder::read_call(const Action& a, int e, int l, bool only_read) {
  static constexpr int kReads[] = {1, 7, 100, 4096, 65536};
  static constexpr int kExactly[] = {1, 5, 50, 1000};
  static constexpr int kBulkExactly[] = {1000, 100000, 300000};
  if (bulk_reader(e)) {
    int n = (a.b & 4) ? kBulkExactly[a.b % 3] : kExactly[a.b % 4];
    return method(l, rs(e), "readexactly", args(num(n)));
  }
  switch (only_read ? 0 : a.c % 4) {
    case 1: return method(l, rs(e), "readexactly", args(num(kExactly[a.b % 4])));
    case 2: return method(l, rs(e), "readline");
    default: return method(l, rs(e), "read", args(num(kReads[a.b % 5])));
  }
}

bool ConnBuilder::read(const Action& a, bool async, bool in_main, ir::Block& out) {
  int e = end_of(a.a);
  if (e < 0 || !async) return false;
  if (bulk_writer(e)) {  // it reads nothing: it waits for its buffer to drain instead
    catching(out, "cerr", e, [&](ir::Block& b) { drain(b, e); });
    return true;
  }
  // main writes the end of file only after its body: a read of its own that
  // waited for a peer nobody writes to would wait for ever. So main first
  // has the peer write, then reads with read(n), which returns once anything
  // (or the end of file) is there. Not on a bulk reader: its peer writes bulk.
  if (in_main && bulk_reader(e)) return false;
  if (in_main) write(a, false, out, e ^ 1);
  int l = line();
  ir::Try t;
  int rl = line();
  t.body.push_back(assign(rl, "r", await_(read_call(a, e, rl, in_main))));
  int ll = line_;
  log_stmt(line_, t.body, args(str("cr"), num(e), length(ll, name("r")), head(name("r"))));
  // readexactly() consumes what it found before the end of file: a chunk too.
  ir::Handler incomplete;
  incomplete.line = line();
  incomplete.types.push_back(aio("IncompleteReadError"));
  incomplete.name = "e";
  ll = line_;
  log_stmt(line_, incomplete.body,
      args(str("cr"), num(e), length(ll, attr(name("e"), "partial")), head(attr(name("e"), "partial")), str("incomplete")));
  t.handlers.push_back(std::move(incomplete));
  ir::Handler other;
  other.line = line();
  other.types.push_back(name("Exception"));
  other.name = "e";
  log_stmt(line_, other.body, args(str("crerr"), num(e), name("e")));
  t.handlers.push_back(std::move(other));
  out.push_back(ir::Stmt(l, std::move(t)));
  return true;
}

/// write_eof() half the time, else close() (and, awaiting, wait_closed())
/// or abort(). A bulk reader's end only writes its end of file; a bulk
/// writer always closes: an abort drops a buffer whose size is the kernel's
/// business, and a close with a full buffer is what the bulk end is for.
bool ConnBuilder::end(const Action& a, bool async, ir::Block& out) {
  int e = end_of(a.a);
  if (e < 0) return false;
  int v = a.c % 4;
  if (bulk_reader(e)) v = 0;
  if (bulk_writer(e)) v = 2;
  if (v <= 1) {
    catching(out, "cerr", e, [&](ir::Block& b) {
      int l = line();
      b.push_back(expr(l, method(l, ws(e), "write_eof")));
      log_stmt(line_, b, args(str("ceof"), num(e)));
    });
  } else if (v == 2) {
    close(out, e);
    if (async && a.flag) {
      catching(out, "cerr", e, [&](ir::Block& b) {
        int wl = line();
        b.push_back(expr(wl, await_(method(wl, ws(e), "wait_closed"))));
        log_stmt(line_, b, args(str("cclosed"), num(e)));
      });
    }
  } else {
    int l = line();
    out.push_back(expr(l, method(l, attr(ws(e), "transport"), "abort")));
    log_stmt(line_, out, args(str("cabort"), num(e)));
  }
  return true;
}

}  // namespace loopspec::properties
