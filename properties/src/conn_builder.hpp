// The connections of a generated program (Plan::conns): the Python the
// builder writes for them, with the tagged logs the stream-bytes invariant
// reads (invariants.hpp):
//   ["cw", e, k, closing]        write k went into end e's writer (closing: is_closing() after it)
//   ["cr", e, n, head(, "incomplete")]  a read on end e consumed n bytes starting with head
//   ["cendstart", e]              main starts its read of end e to end of file
//   ["cend", e, n, head]          that read returned: it consumed n bytes starting with head
//   ["crerr", e, exc]            a read on end e raised
//   ["cenderr", e, exc]          main's read to end of file raised
//   ["cclose", e] / ["cabort", e] end e's writer closed / its transport aborted
//
// Determinism (docs/properties.md#determinism): nothing logged depends on the
// kernel's buffer sizes. A socketpair or a loopback connection takes a small
// write whole, and a read takes everything that arrived (all of it found by
// one `select`), so on ordinary connections every read's size is the
// program's; each end writes at most kSmallBudget bytes in all, far below any
// kernel's buffer. Only a bulk socketpair writes more, and its reading end
// reads with readexactly() alone and writes nothing, its writing end reads
// nothing: what they log is then whole sizes too (see ConnPlan::bulk).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ir/ir.hpp"
#include "plan.hpp"

namespace loopspec::properties {

/// What the stream-bytes invariant needs to know about a program's connections.
struct ConnManifest {
  int ends = 0;  // 2 per connection: ends 2i and 2i+1 are each other's peers
  /// write id -> the end that writes it and its bytes.
  struct Write {
    int end;
    std::string data;
  };
  std::map<int, Write> writes;
};

/// Writes a program's connection statements; `line` is the builder's line
/// counter (each statement takes the next line, as the decompiler writes it).
class ConnBuilder {
 public:
  ConnBuilder(std::vector<ConnPlan> conns, int& line) : conns_(std::move(conns)), line_(line) {
    manifest_.ends = 2 * static_cast<int>(conns_.size());
  }

  bool any() const { return !conns_.empty(); }
  const ConnManifest& manifest() const { return manifest_; }

  /// main's set-up, before the tasks exist: rs = [...], ws = [...], the servers.
  void prologue(ir::Block& out);
  /// Before main joins the tasks: write_eof() on every end, which lets every
  /// read still waiting go.
  void finish(ir::Block& out);
  /// After the joins: read every end to its end of file, close every writer,
  /// wait for it, close the servers.
  void close_all(ir::Block& out);

  /// The three actions; `async` says whether the function may await,
  /// `in_main` whether its awaits run in main (main or a helper it awaits).
  /// False when the action has no connection to act on (the builder logs
  /// instead). `end`: the end a write writes to, else the action's.
  bool write(const Action& a, bool async, ir::Block& out, int end = -1);
  bool read(const Action& a, bool async, bool in_main, ir::Block& out);
  bool end(const Action& a, bool async, ir::Block& out);

 private:
  int line() { return line_++; }
  int end_of(int a) const { return manifest_.ends > 0 ? a % manifest_.ends : -1; }
  const ConnPlan& conn_of(int e) const { return conns_[static_cast<std::size_t>(e / 2)]; }
  /// A bulk socketpair's first end: it writes bulk and reads nothing.
  bool bulk_writer(int e) const { return conn_of(e).bulk && e % 2 == 0; }
  /// A bulk socketpair's second end: it only reads, with readexactly().
  bool bulk_reader(int e) const { return conn_of(e).bulk && e % 2 == 1; }

  void open_pair(ir::Block& out, int i);
  void open_server(ir::Block& out, int i);
  void keep_ends(ir::Block& out);
  std::vector<ir::Keyword> limit_kw(int i) const;

  ir::ExprPtr write_data(const Action& a, int e, int k);
  void drain(ir::Block& out, int e);
  void close(ir::Block& out, int e);
  ir::ExprPtr read_call(const Action& a, int e, int l, bool only_read);
  /// try: <body> except Exception as e: log(<tag>, end, e)
  template <class Body>
  void catching(ir::Block& out, const char* tag, int e, Body&& body);

  std::vector<ConnPlan> conns_;
  int& line_;
  ConnManifest manifest_;
  std::vector<int> written_;  // bytes each end writes, statically (the small budget)
  int writes_ = 0;
};

}  // namespace loopspec::properties
