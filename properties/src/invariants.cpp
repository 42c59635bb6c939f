// check_invariants: one small checker per rule, each walking the trace once.
#include "invariants.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>

#include "trace/trace_diff.hpp"

namespace loopspec::properties {
namespace {

using harness::Json;
using Violations = std::vector<std::string>;

constexpr double kClockResolution = 1e-9;

/// The log values of a log event, or null.
const Json* log_of(const Json& e) {
  auto it = e.find("log");
  return it != e.end() && it->is_array() ? &*it : nullptr;
}

/// A log event whose first value is the string `tag`.
const Json* tagged(const Json& e, const char* tag) {
  const Json* l = log_of(e);
  if (!l || l->empty() || !(*l)[0].is_string() || (*l)[0].get<std::string>() != tag) return nullptr;
  return l;
}

std::optional<double> time_of(const Json& e) {
  auto it = e.find("t");
  if (it == e.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

std::string at(std::size_t i, const Json& e) { return " (event " + std::to_string(i) + ": " + e.dump() + ")"; }

void time_monotonic(const std::vector<Json>& ev, Violations& out) {
  std::optional<double> last;
  for (std::size_t i = 0; i < ev.size(); ++i) {
    auto t = time_of(ev[i]);
    if (!t) continue;
    if (last && *t < *last) out.push_back("time-monotonic: loop.time() went back from " + std::to_string(*last) + at(i, ev[i]));
    last = t;
  }
}

struct Scheduled {
  std::size_t order;
  std::optional<double> when;  // timers only
  bool cancelled = false;
  bool ran = false;
};

/// soon-fifo, timer-deadline and cancelled-handle share one walk.
void callbacks(const std::vector<Json>& ev, Violations& out) {
  std::map<std::int64_t, Scheduled> sched;
  std::optional<std::size_t> last_soon_order;
  for (std::size_t i = 0; i < ev.size(); ++i) {
    if (const Json* l = tagged(ev[i], "sched"); l && l->size() >= 2 && (*l)[1].is_number_integer()) {
      Scheduled s{i, std::nullopt};
      if (l->size() >= 3 && (*l)[2].is_number()) s.when = (*l)[2].get<double>();
      sched[(*l)[1].get<std::int64_t>()] = s;
    } else if (const Json* l = tagged(ev[i], "hcancel"); l && l->size() >= 2 && (*l)[1].is_number_integer()) {
      auto it = sched.find((*l)[1].get<std::int64_t>());
      if (it != sched.end() && !it->second.ran) it->second.cancelled = true;
    } else if (const Json* l = tagged(ev[i], "cb"); l && l->size() >= 2 && (*l)[1].is_number_integer()) {
      auto it = sched.find((*l)[1].get<std::int64_t>());
      if (it == sched.end()) continue;
      Scheduled& s = it->second;
      if (s.cancelled) out.push_back("cancelled-handle: a callback ran after its handle was cancelled" + at(i, ev[i]));
      if (s.ran) out.push_back("cancelled-handle: a callback ran twice" + at(i, ev[i]));
      s.ran = true;
      if (s.when) {
        auto t = time_of(ev[i]);
        if (t && *t < *s.when - kClockResolution) {
          out.push_back("timer-deadline: a timer due at " + std::to_string(*s.when) + " ran at " + std::to_string(*t) + at(i, ev[i]));
        }
      } else {
        if (last_soon_order && s.order < *last_soon_order) {
          out.push_back("soon-fifo: a call_soon callback ran after one scheduled later" + at(i, ev[i]));
        }
        last_soon_order = s.order;
      }
    }
  }
}

void gather_order(const std::vector<Json>& ev, const Manifest& m, Violations& out) {
  for (std::size_t i = 0; i < ev.size(); ++i) {
    const Json* l = tagged(ev[i], "gather");
    if (!l || l->size() != 3 || !(*l)[1].is_number_integer() || !(*l)[2].is_array()) continue;
    auto it = m.gathers.find((*l)[1].get<int>());
    if (it == m.gathers.end()) continue;
    const auto& allowed = it->second;
    const Json& results = (*l)[2];
    if (results.size() != allowed.size()) {
      out.push_back("gather-order: " + std::to_string(results.size()) + " results for " +
                    std::to_string(allowed.size()) + " arguments" + at(i, ev[i]));
      continue;
    }
    for (std::size_t k = 0; k < results.size(); ++k) {
      if (results[k].is_object() && results[k].contains("exc")) continue;
      bool ok = false;
      for (const Json& a : allowed[k]) ok = ok || harness::strict_equal(a, results[k]);
      if (!ok) out.push_back("gather-order: result " + std::to_string(k) + " is not what argument " + std::to_string(k) + " gives" + at(i, ev[i]));
    }
  }
}

void cancel_done(const std::vector<Json>& ev, Violations& out) {
  for (std::size_t i = 0; i < ev.size(); ++i) {
    const Json* l = tagged(ev[i], "probe");
    if (!l || l->size() < 4 || !(*l)[1].is_string()) continue;
    std::size_t n = (*l)[1].get<std::string>() == "task" ? 3 : 2;  // state values: done, cancelled[, cancelling]
    if (l->size() != 3 + 2 * n + 1) continue;
    if (!(*l)[3].is_boolean() || !(*l)[3].get<bool>()) continue;  // not done: cancel() may act
    const Json& result = (*l)[3 + n];
    if (!result.is_boolean() || result.get<bool>()) out.push_back("cancel-done: cancel() on a done future returned True" + at(i, ev[i]));
    for (std::size_t k = 0; k < n; ++k) {
      if (!harness::strict_equal((*l)[3 + k], (*l)[4 + n + k])) {
        out.push_back("cancel-done: cancel() on a done future changed its state" + at(i, ev[i]));
        break;
      }
    }
  }
}

void closed(const std::vector<Json>& ev, Violations& out) {
  std::optional<std::size_t> closed_at;
  int refused = 0;
  for (std::size_t i = 0; i < ev.size(); ++i) {
    if (tagged(ev[i], "late")) out.push_back("closed: a callback scheduled on a closed loop ran" + at(i, ev[i]));
    if (tagged(ev[i], "closed")) closed_at = i;
    if (!closed_at) continue;
    if (tagged(ev[i], "cb")) out.push_back("closed: a callback ran after close()" + at(i, ev[i]));
    if (tagged(ev[i], "accepted")) out.push_back("closed: a call on a closed loop did not raise" + at(i, ev[i]));
    if (const Json* l = tagged(ev[i], "refused")) {
      ++refused;
      if (l->size() < 3 || !(*l)[2].is_object() || (*l)[2].value("exc", "") != "RuntimeError") {
        out.push_back("closed: a call on a closed loop raised something else than RuntimeError" + at(i, ev[i]));
      }
    }
  }
  bool returned = !ev.empty() && ev.back().value("end", "") == "returned";
  if (closed_at && returned && refused != 4) {
    out.push_back("closed: " + std::to_string(refused) + " of the 4 calls on the closed loop raised RuntimeError");
  }
}

void tasks_accounted(const std::vector<Json>& ev, Violations& out) {
  for (std::size_t i = 0; i < ev.size(); ++i) {
    const Json* l = tagged(ev[i], "final");
    if (!l || l->size() != 5) continue;
    bool done = (*l)[2].is_boolean() && (*l)[2].get<bool>();
    bool listed = (*l)[4].is_boolean() && (*l)[4].get<bool>();
    if (!done && !listed) out.push_back("tasks-accounted: a pending task is missing from all_tasks()" + at(i, ev[i]));
    if (done && listed) out.push_back("tasks-accounted: a done task is still in all_tasks()" + at(i, ev[i]));
  }
}

/// The queues replayed from their "qput"/"qget" events: each get returns
/// the oldest item (Queue), the newest (LifoQueue) or the smallest
/// (PriorityQueue; the items are ASCII strings, so byte order is Python's).
void queue_order(const std::vector<Json>& ev, const Manifest& m, Violations& out) {
  std::map<std::int64_t, std::deque<std::string>> queues;
  for (std::size_t i = 0; i < ev.size(); ++i) {
    const Json* put = tagged(ev[i], "qput");
    const Json* get = put ? nullptr : tagged(ev[i], "qget");
    const Json* l = put ? put : get;
    if (!l || l->size() != 3 || !(*l)[1].is_number_integer() || !(*l)[2].is_string()) continue;
    std::int64_t q = (*l)[1].get<std::int64_t>();
    if (q < 0 || q >= static_cast<std::int64_t>(m.prims.size())) continue;
    auto& items = queues[q];
    std::string v = (*l)[2].get<std::string>();
    if (put) {
      items.push_back(v);
      continue;
    }
    if (items.empty()) {
      out.push_back("queue-order: a get returned an item no put had left in the queue" + at(i, ev[i]));
      continue;
    }
    std::deque<std::string>::iterator expected;
    switch (m.prims[static_cast<std::size_t>(q)].kind) {
      case Prim::LifoQueue: expected = items.end() - 1; break;
      case Prim::PriorityQueue: expected = std::min_element(items.begin(), items.end()); break;
      default: expected = items.begin(); break;
    }
    if (*expected != v) {
      out.push_back("queue-order: a get returned " + v + " where " + *expected + " was due" + at(i, ev[i]));
      auto it = std::find(items.begin(), items.end(), v);
      if (it != items.end()) items.erase(it);
      continue;
    }
    items.erase(expected);
  }
}

/// Barrier.wait() returns an index below `parties`, and the barrier is not
/// broken when it returns normally.
void barrier_index(const std::vector<Json>& ev, const Manifest& m, Violations& out) {
  for (std::size_t i = 0; i < ev.size(); ++i) {
    const Json* l = tagged(ev[i], "bwait");
    if (!l || l->size() != 5 || !(*l)[1].is_number_integer()) continue;
    std::int64_t b = (*l)[1].get<std::int64_t>();
    if (b < 0 || b >= static_cast<std::int64_t>(m.prims.size())) continue;
    int parties = m.prims[static_cast<std::size_t>(b)].arg;
    const Json& index = (*l)[2];
    if (!index.is_number_integer() || index.get<std::int64_t>() < 0 || index.get<std::int64_t>() >= parties) {
      out.push_back("barrier-index: wait() returned " + index.dump() + " for " + std::to_string(parties) + " parties" +
                    at(i, ev[i]));
    }
    if (!(*l)[4].is_boolean() || (*l)[4].get<bool>()) {
      out.push_back("barrier-index: wait() returned normally from a broken barrier" + at(i, ev[i]));
    }
  }
}

/// One read's chunk as the trace shows it: its size and its first bytes.
struct Chunk {
  std::int64_t size;
  std::string head;
  std::size_t event;
};

/// What the trace says about one end of a connection.
struct EndLog {
  std::string sent;            // the bytes of its logged writes, in order
  bool unsure_sent = false;    // a write while closing, or after the peer's end of file was read
  bool unsure_received = false;  // a read dropped data (readline's overrun), it closed before reading to
                                 // the end, or another read took bytes between the pieces of main's final read
  bool reading_to_end = false;  // main's read to end of file has started
  bool ended = false;          // main's read to end of file returned
  std::vector<Chunk> chunks;   // what its reads consumed, in order
};

std::optional<std::int64_t> int_at(const Json& l, std::size_t i) {
  if (l.size() <= i || !l[i].is_number_integer()) return std::nullopt;
  return l[i].get<std::int64_t>();
}

/// A logged bytes value ({"bytes": "<text>"}), byte for byte (the data is ASCII).
std::optional<std::string> bytes_at(const Json& l, std::size_t i) {
  if (l.size() <= i || !l[i].is_object() || !l[i].contains("bytes") || !l[i]["bytes"].is_string()) return std::nullopt;
  return l[i]["bytes"].get<std::string>();
}

/// Reads the connection events into one EndLog per end; aborted[c] for connection c.
void read_conn_events(const std::vector<Json>& ev, const ConnManifest& m, std::vector<EndLog>& ends,
                      std::vector<bool>& aborted) {
  auto end_of = [&](const Json& l) -> EndLog* {
    auto e = int_at(l, 1);
    return e && *e >= 0 && *e < m.ends ? &ends[static_cast<std::size_t>(*e)] : nullptr;
  };
  for (std::size_t i = 0; i < ev.size(); ++i) {
    if (const Json* l = tagged(ev[i], "cabort"); l && end_of(*l)) {
      aborted[static_cast<std::size_t>(*int_at(*l, 1) / 2)] = true;
    } else if (const Json* l = tagged(ev[i], "cw"); l && end_of(*l)) {
      EndLog& x = *end_of(*l);
      const EndLog& peer = ends[static_cast<std::size_t>(*int_at(*l, 1) ^ 1)];
      auto k = int_at(*l, 2);
      auto w = k ? m.writes.find(static_cast<int>(*k)) : m.writes.end();
      bool closing = l->size() > 3 && (*l)[3].is_boolean() && (*l)[3].get<bool>();
      if (w == m.writes.end() || closing || peer.ended) x.unsure_sent = true;
      else x.sent += w->second.data;
    } else if (const Json* l = tagged(ev[i], "cr"); l && end_of(*l)) {
      EndLog& x = *end_of(*l);
      auto n = int_at(*l, 2);
      auto h = bytes_at(*l, 3);
      if (n && h) x.chunks.push_back({*n, *h, i});
      // read() to the end logs its pieces as one chunk, at the end.
      if (x.reading_to_end && !x.ended) x.unsure_received = true;
    } else if (const Json* l = tagged(ev[i], "cendstart"); l && end_of(*l)) {
      end_of(*l)->reading_to_end = true;
    } else if (const Json* l = tagged(ev[i], "cend"); l && end_of(*l)) {
      EndLog& x = *end_of(*l);
      auto n = int_at(*l, 2);
      auto h = bytes_at(*l, 3);
      if (n && h) x.chunks.push_back({*n, *h, i});
      x.ended = true;
    } else if (const Json* l = tagged(ev[i], "crerr"); l && end_of(*l)) {
      // A read refused because another waits consumed nothing; any other error may have.
      bool busy = l->size() > 2 && (*l)[2].is_object() && (*l)[2].value("exc", "") == "RuntimeError";
      if (!busy) end_of(*l)->unsure_received = true;
    } else if (const Json* l = tagged(ev[i], "cenderr"); l && end_of(*l)) {
      end_of(*l)->unsure_received = true;  // read() may consume before it finds another read waiting
    } else if (const Json* l = tagged(ev[i], "cclose"); l && end_of(*l)) {
      if (!end_of(*l)->ended) end_of(*l)->unsure_received = true;
    }
  }
}

/// stream-bytes: on a connection neither end aborted, what each end's reads
/// consumed is what its peer wrote, in order and whole, once main has read
/// it to its end of file; followed chunk by chunk through each chunk's size
/// and first bytes. A direction is left out when the trace cannot say what
/// went in or what came out (writes while closing, a read that drops data,
/// a reader that closed first, another read between the pieces of main's
/// read to the end).
void stream_bytes(const std::vector<Json>& ev, const ConnManifest& m, Violations& out) {
  if (m.ends == 0) return;
  std::vector<EndLog> ends(static_cast<std::size_t>(m.ends));
  std::vector<bool> aborted(static_cast<std::size_t>(m.ends / 2), false);
  read_conn_events(ev, m, ends, aborted);
  for (int y = 0; y < m.ends; ++y) {
    const EndLog& from = ends[static_cast<std::size_t>(y ^ 1)];
    const EndLog& to = ends[static_cast<std::size_t>(y)];
    if (aborted[static_cast<std::size_t>(y / 2)] || from.unsure_sent || to.unsure_received || !to.ended) continue;
    const std::string who = "end " + std::to_string(y) + " ";
    std::size_t offset = 0;
    for (const Chunk& c : to.chunks) {
      std::string expected = offset < from.sent.size() ? from.sent.substr(offset, c.head.size()) : "";
      if (c.size < 0 || c.head != expected || c.head.size() != std::min<std::size_t>(c.size, 12)) {
        out.push_back("stream-bytes: " + who + "read bytes at offset " + std::to_string(offset) +
                      " that its peer did not write there" + at(c.event, ev[c.event]));
        break;
      }
      offset += static_cast<std::size_t>(c.size);
    }
    if (offset != from.sent.size()) {
      out.push_back("stream-bytes: " + who + "received " + std::to_string(offset) + " bytes, its peer wrote " +
                    std::to_string(from.sent.size()));
    }
  }
}

}  // namespace

std::vector<std::string> check_invariants(const std::vector<Json>& events, const Manifest& manifest) {
  Violations out;
  time_monotonic(events, out);
  callbacks(events, out);
  gather_order(events, manifest, out);
  cancel_done(events, out);
  closed(events, out);
  tasks_accounted(events, out);
  queue_order(events, manifest, out);
  barrier_index(events, manifest, out);
  stream_bytes(events, manifest.conns, out);
  return out;
}

}  // namespace loopspec::properties
