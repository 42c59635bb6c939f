// The loop's descriptor registrations (detail/io_selector.hpp) and real
// sockets (socket.hpp): the poll's canonical order and the kernel's answers.
#include "loopspec/detail/io_selector.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "loopspec/reference_loop.hpp"
#include "loopspec/runtime.hpp"
#include "loopspec/socket.hpp"

namespace loopspec {
namespace {

std::vector<int> fds_of(const std::vector<detail::IoSelector::Event>& events) {
  std::vector<int> fds;
  for (const auto& e : events) fds.push_back(e.fd);
  return fds;
}

TEST(IoSelector, EventsComeInRegistrationOrderAndAReRegisteredDescriptorIsNew) {
  RuntimeScope scope;
  EventLoopPtr loop = new_event_loop();
  auto [a, b] = Socket::pair();
  auto [c, d] = Socket::pair();
  detail::IoSelector io;
  auto handle = [&] { return std::make_shared<Handle>(*loop, [] {}); };
  // c has the higher number but is registered first.
  io.set_reader(c->fileno(), handle());
  io.set_reader(a->fileno(), handle());
  b->send("x");
  d->send("y");
  EXPECT_EQ(fds_of(io.poll()), (std::vector<int>{c->fileno(), a->fileno()}));
  io.take_reader(c->fileno());
  io.set_reader(c->fileno(), handle());
  EXPECT_EQ(fds_of(io.poll()), (std::vector<int>{a->fileno(), c->fileno()}));
  loop->close();
}

TEST(IoSelector, ReaderAndWriterOfOneDescriptorAreOneEvent) {
  RuntimeScope scope;
  EventLoopPtr loop = new_event_loop();
  auto [a, b] = Socket::pair();
  detail::IoSelector io;
  auto reader = std::make_shared<Handle>(*loop, [] {});
  auto writer = std::make_shared<Handle>(*loop, [] {});
  io.set_reader(a->fileno(), reader);
  io.set_writer(a->fileno(), writer);
  auto events = io.poll();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].reader, nullptr);  // nothing to read yet
  EXPECT_EQ(events[0].writer, writer);
  bool known = false;
  EXPECT_EQ(io.take_writer(a->fileno(), &known), writer);
  EXPECT_TRUE(known);
  EXPECT_EQ(io.take_writer(a->fileno(), &known), nullptr);
  EXPECT_FALSE(io.empty());
  loop->close();
}

TEST(Socket, AnEmptyNonBlockingSocketRaisesBlockingIOErrorAndEndOfFileIsEmpty) {
  auto [a, b] = Socket::pair();
  a->set_blocking(false);
  try {
    a->recv(10);
    FAIL() << "recv on an empty socket returned";
  } catch (const PyError& e) {
    EXPECT_TRUE(e.exception()->is_instance_of(exc::BlockingIOError));
    EXPECT_EQ(e.exception()->message(), "[Errno 11] Resource temporarily unavailable");
  }
  b->close();
  EXPECT_EQ(a->recv(10), "");
  EXPECT_THROW(b->send("x"), PyError);  // closed: EBADF
}

TEST(Socket, ABlockingCallThatWouldWaitStopsTheRun) {
  auto [a, b] = Socket::pair();
  EXPECT_THROW(a->recv(1), Socket::WouldWait);
}

}  // namespace
}  // namespace loopspec
