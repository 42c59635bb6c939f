// asyncio.streams.StreamReader (streams.hpp).
#include "loopspec/streams.hpp"

#include <utility>

#include "loopspec/event_loop.hpp"
#include "loopspec/reprs.hpp"

namespace loopspec {
namespace {

Value bytes_value(std::string data) { return Value(std::make_shared<Bytes>(std::move(data))); }

Value attribute(const ExceptionObject& e, std::string_view name) {
  for (const auto& [key, value] : e.attributes)
    if (key == name) return value;
  return None;
}

}  // namespace

ExceptionPtr incomplete_read_error(const std::string& partial, std::optional<std::int64_t> expected) {
  std::string total = expected ? std::to_string(*expected) : "undefined";
  ExceptionPtr e = new_exception(exc::IncompleteReadError, {Value(std::to_string(partial.size()) + " bytes read on a total of " +
                                                                  total + " expected bytes")});
  e->attributes = {{"partial", bytes_value(partial)}, {"expected", expected ? Value(*expected) : Value(None)}};
  return e;
}

ExceptionPtr limit_overrun_error(const std::string& message, std::int64_t consumed) {
  ExceptionPtr e = new_exception(exc::LimitOverrunError, {Value(message)});
  e->attributes = {{"consumed", Value(consumed)}};
  return e;
}

StreamReader::StreamReader(EventLoop& loop, std::int64_t limit) : loop_(&loop), limit_(limit) {
  if (limit <= 0) raise(exc::ValueError, "Limit cannot be <= 0");
}

std::string StreamReader::python_repr() const {
  std::string info = "StreamReader";
  if (!buffer_.empty()) info += " " + std::to_string(buffer_.size()) + " bytes";
  if (eof_) info += " eof";
  if (limit_ != kDefaultStreamLimit) info += " limit=" + std::to_string(limit_);
  if (waiter_) info += " waiter=" + waiter_->python_repr();
  if (exception_) info += " exception=" + repr(Value(exception_));
  if (transport_) info += " transport=" + transport_->python_repr();
  if (paused_) info += " paused";
  return "<" + info + ">";
}

void StreamReader::set_exception(ExceptionPtr exc) {
  exception_ = exc;
  if (FuturePtr waiter = std::exchange(waiter_, nullptr); waiter && !waiter->cancelled()) waiter->set_exception(exc);
}

void StreamReader::wakeup_waiter() {
  if (FuturePtr waiter = std::exchange(waiter_, nullptr); waiter && !waiter->cancelled()) waiter->set_result(None);
}

void StreamReader::set_transport(SocketTransportPtr transport) {
  if (transport_) raise(exc::AssertionError, "Transport already set");
  transport_ = std::move(transport);
}

void StreamReader::maybe_resume_transport() {
  if (paused_ && static_cast<std::int64_t>(buffer_.size()) <= limit_) {
    paused_ = false;
    transport_->resume_reading();
  }
}

void StreamReader::feed_eof() {
  eof_ = true;
  wakeup_waiter();
}

void StreamReader::feed_data(const std::string& data) {
  if (eof_) raise(exc::AssertionError, "feed_data after feed_eof");
  if (data.empty()) return;
  buffer_ += data;
  wakeup_waiter();
  // The limit is also half the buffer's: past twice it the peer is held back.
  if (transport_ && !paused_ && static_cast<std::int64_t>(buffer_.size()) > 2 * limit_) {
    transport_->pause_reading();
    paused_ = true;
  }
}

Coro StreamReader::wait_for_data(const char* func_name) {
  if (waiter_) {
    raise(exc::RuntimeError,
          std::string(func_name) + "() called while another coroutine is already waiting for incoming data");
  }
  if (eof_) raise(exc::AssertionError, "_wait_for_data after EOF");
  // A reader that has to wait lets the paused peer go on.
  if (paused_) {
    paused_ = false;
    transport_->resume_reading();
  }
  waiter_ = loop_->create_future();
  FuturePtr waiter = waiter_;
  try {
    co_await waiter;
  } catch (...) {
    waiter_ = nullptr;
    throw;
  }
  waiter_ = nullptr;
  co_return None;
}

std::string StreamReader::take(std::size_t n) {
  std::string chunk = buffer_.substr(0, n);
  buffer_.erase(0, n);
  return chunk;
}

Coro StreamReader::readline() {
  ExceptionPtr failure;
  try {
    co_return co_await readuntil("\n");
  } catch (const PyError& e) {
    failure = e.exception();
  }
  if (failure->is_instance_of(exc::IncompleteReadError)) co_return attribute(*failure, "partial");
  if (!failure->is_instance_of(exc::LimitOverrunError)) throw PyError(failure);
  // Past the limit the line is dropped: up to its separator when that is in
  // the buffer, else all of it.
  const auto consumed = static_cast<std::size_t>(attribute(*failure, "consumed").as_int());
  if (consumed < buffer_.size() && buffer_[consumed] == '\n') {
    buffer_.erase(0, consumed + 1);
  } else {
    buffer_.clear();
  }
  maybe_resume_transport();
  raise(exc::ValueError, failure->args().front().as_str());
}

Coro StreamReader::readuntil(std::string separator) {
  const std::size_t seplen = separator.size();
  if (seplen == 0) raise(exc::ValueError, "Separator should be at least one-byte string");
  if (exception_) throw PyError(exception_);
  // Where the next search starts: bytes before it cannot begin the separator.
  std::size_t offset = 0;
  std::size_t isep = std::string::npos;
  while (true) {
    const std::size_t buflen = buffer_.size();
    if (buflen - offset >= seplen) {
      isep = buffer_.find(separator, offset);
      if (isep != std::string::npos) break;
      offset = buflen + 1 - seplen;
      if (static_cast<std::int64_t>(offset) > limit_) {
        throw PyError(limit_overrun_error("Separator is not found, and chunk exceed the limit",
                                          static_cast<std::int64_t>(offset)));
      }
    }
    if (eof_) throw PyError(incomplete_read_error(take(buffer_.size()), std::nullopt));
    co_await wait_for_data("readuntil");
  }
  if (static_cast<std::int64_t>(isep) > limit_) {
    throw PyError(limit_overrun_error("Separator is found, but chunk is longer than limit",
                                      static_cast<std::int64_t>(isep)));
  }
  std::string chunk = take(isep + seplen);
  maybe_resume_transport();
  co_return bytes_value(std::move(chunk));
}

Coro StreamReader::read(std::int64_t n) {
  if (exception_) throw PyError(exception_);
  if (n == 0) co_return bytes_value("");
  if (n < 0) {
    std::string all;
    while (true) {
      Value block = co_await read(limit_);
      const std::string& data = block.as<Bytes>()->data;
      if (data.empty()) break;
      all += data;
    }
    co_return bytes_value(std::move(all));
  }
  if (buffer_.empty() && !eof_) co_await wait_for_data("read");
  std::string data = take(static_cast<std::size_t>(n));
  maybe_resume_transport();
  co_return bytes_value(std::move(data));
}

Coro StreamReader::readexactly(std::int64_t n) {
  if (n < 0) raise(exc::ValueError, "readexactly size can not be less than zero");
  if (exception_) throw PyError(exception_);
  if (n == 0) co_return bytes_value("");
  while (static_cast<std::int64_t>(buffer_.size()) < n) {
    if (eof_) throw PyError(incomplete_read_error(take(buffer_.size()), n));
    co_await wait_for_data("readexactly");
  }
  std::string data = take(static_cast<std::size_t>(n));
  maybe_resume_transport();
  co_return bytes_value(std::move(data));
}

}  // namespace loopspec
