// ChildBuilder: the Python of a program's child processes (child_builder.hpp).
#include "child_builder.hpp"

#include <string>

#include "ir_build.hpp"

namespace loopspec::properties {
namespace {

using namespace irb;

// What a child writes: to stdout (one of these, the last longer than a
// 1 KiB limit lets readline() take), to stderr, and its exit status.
constexpr const char* kOut[] = {"", "a", "line\\n", "one\\ntwo\\nthree", "%1500s\\n"};
constexpr const char* kErr[] = {"", "e", "err\\n"};

ExprPtr cs(int i) { return item("cs", i); }
ExprPtr pipe() { return attr(attr(name("asyncio"), "subprocess"), "PIPE"); }

/// The child's shell script: one printf for each stream, then its exit.
std::string script(const ChildPlan& c) {
  const std::string out = kOut[c.out % std::size(kOut)];
  std::string s = "printf '" + out + "'" + (out.starts_with("%") ? " ''" : "");
  s += "; printf '" + std::string(kErr[c.err % std::size(kErr)]) + "' >&2";
  return s + "; exit " + std::to_string(c.status % 4);
}

}  // namespace

template <class Body>
void ChildBuilder::catching(ir::Block& out, int i, Body&& body) {
  try_except(line_, out, body, [&](ir::Block& h) { log_stmt(line_, h, args(str("perr"), num(i), name("e"))); });
}

void ChildBuilder::prologue(ir::Block& out) {
  if (!any()) return;
  out.push_back(assign(line(), "cs", list({})));
  for (const ChildPlan& c : children_) {
    int l = line();
    std::vector<ir::Keyword> kws;
    for (const char* stream : {"stdin", "stdout", "stderr"}) kws.push_back(kw(stream, pipe()));
    if (c.limit) kws.push_back(kw("limit", num(1024)));
    ExprPtr start = call(l, aio("create_subprocess_exec"), args(str("sh"), str("-c"), str(script(c))), std::move(kws));
    out.push_back(expr(l, method(l, name("cs"), "append", args(await_(std::move(start))))));
  }
}

void ChildBuilder::close_all(ir::Block& out) {
  for (int i = 0; i < static_cast<int>(children_.size()); ++i) {
    catching(out, i, [&](ir::Block& b) {
      int l = line();
      b.push_back(assign(l, "r", await_(method(l, cs(i), "communicate"))));
      log_stmt(line_, b, args(str("pc"), num(i), name("r"), attr(cs(i), "returncode")));
    });
  }
}

bool ChildBuilder::act(const Action& a, bool async, ir::Block& out) {
  if (!any()) return false;
  const int i = a.a % static_cast<int>(children_.size());
  // Reads and waits need an await: elsewhere they become writes and signals.
  int v = a.c % 5;
  if (!async && (v == 1 || v == 2)) v = 0;
  if (!async && v == 4) v = 3;
  switch (v) {
    case 0: write(i, a, async, out); break;
    case 1: case 2: read(i, a, out); break;
    case 3: signal(i, a, out); break;
    default: wait(i, a, out); break;
  }
  return true;
}

/// stdin.write(b"w<k>\n"), and, awaiting with flag, drain(), which raises
/// once the child's exit has broken the pipe.
void ChildBuilder::write(int i, const Action& a, bool async, ir::Block& out) {
  catching(out, i, [&](ir::Block& b) {
    int l = line();
    ExprPtr data = ir::make(ir::Const{Value(std::make_shared<Bytes>("w" + std::to_string(writes_++) + "\n"))});
    b.push_back(expr(l, method(l, attr(cs(i), "stdin"), "write", args(std::move(data)))));
    int ll = line_;
    log_stmt(line_, b, args(str("pw"), num(i), method(ll, attr(cs(i), "stdin"), "is_closing")));
    if (async && a.flag) {
      int dl = line();
      b.push_back(expr(dl, await_(method(dl, attr(cs(i), "stdin"), "drain"))));
    }
  });
}

/// read(n), readline() or readexactly(n) of stdout (variant 1) or stderr.
void ChildBuilder::read(int i, const Action& a, ir::Block& out) {
  const int fd = a.c % 5 == 1 ? 1 : 2;
  catching(out, i, [&](ir::Block& b) {
    int l = line();
    ExprPtr stream = attr(cs(i), fd == 1 ? "stdout" : "stderr");
    const int n = 1 + a.b % 8;
    ExprPtr r = a.b % 3 == 0   ? method(l, std::move(stream), "readline")
                : a.b % 3 == 1 ? method(l, std::move(stream), "read", args(num(n)))
                               : method(l, std::move(stream), "readexactly", args(num(n)));
    b.push_back(assign(l, "r", await_(std::move(r))));
    log_stmt(line_, b, args(str("pr"), num(i), num(fd), name("r")));
  });
}

/// kill() or terminate(): nothing once the exit is seen, ProcessLookupError
/// once the transport is done.
void ChildBuilder::signal(int i, const Action& a, ir::Block& out) {
  catching(out, i, [&](ir::Block& b) {
    int l = line();
    b.push_back(expr(l, method(l, cs(i), a.flag ? "kill" : "terminate")));
    log_stmt(line_, b, args(str("pk"), num(i), attr(cs(i), "returncode")));
  });
}

/// wait(), or wait_for(wait(), 5), which the exit always beats: the clock
/// does not move while a child is unreported.
void ChildBuilder::wait(int i, const Action& a, ir::Block& out) {
  catching(out, i, [&](ir::Block& b) {
    int l = line();
    ExprPtr w = method(l, cs(i), "wait");
    if (a.flag) w = call(l, aio("wait_for"), args(std::move(w), num(5)));
    b.push_back(assign(l, "r", await_(std::move(w))));
    log_stmt(line_, b, args(str("pwait"), num(i), name("r")));
  });
}

}  // namespace loopspec::properties
