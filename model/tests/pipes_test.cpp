// The program's own descriptors (descriptors.hpp) and what the pipe
// transports refuse (pipe_transports.hpp): the parts no scenario reaches
// (docs/outside-world.md#pipes-built).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <tuple>

#include "loopspec/file_io.hpp"
#include "loopspec/pipe_transports.hpp"
#include "loopspec/reference_loop.hpp"
#include "loopspec/runtime.hpp"
#include "socket_support.hpp"
#include "test_support.hpp"

namespace loopspec {
namespace {

using test::raised;

bool is_open_descriptor(int fd) { return ::fcntl(fd, F_GETFD) != -1; }

TEST(Descriptors, ABlockingReadOfAnEmptyPipeStopsTheRunInsteadOfWaiting) {
  RuntimeScope scope;
  Descriptors& fds = Runtime::current().descriptors();
  auto [r, w] = fds.pipe();
  EXPECT_THROW(fds.read(r, 10), Descriptors::WouldWait);
  fds.set_blocking(r, false);
  EXPECT_EQ(raised([&] { fds.read(r, 10); }), "BlockingIOError");
  EXPECT_EQ(fds.write(w, "abc"), 3u);
  EXPECT_EQ(fds.read(r, 10), "abc");
  fds.close(w);
  EXPECT_EQ(fds.read(r, 10), "");  // end of file
}

TEST(Descriptors, ABlockingWriteBeyondThePipesRoomStopsTheRun) {
  RuntimeScope scope;
  Descriptors& fds = Runtime::current().descriptors();
  auto [r, w] = fds.pipe();
  const std::string more_than_a_pipe(::fcntl(w, F_GETPIPE_SZ) + 1, 'x');
  EXPECT_THROW(fds.write(w, more_than_a_pipe), Descriptors::WouldWait);
  fds.set_blocking(w, false);
  EXPECT_EQ(fds.write(w, more_than_a_pipe), more_than_a_pipe.size() - 1);  // what fits
  (void)r;
}

TEST(Descriptors, AWriteWithoutReadersRaisesBrokenPipeErrorAndTheProcessLives) {
  RuntimeScope scope;
  Descriptors& fds = Runtime::current().descriptors();
  auto [r, w] = fds.pipe();
  fds.close(r);
  EXPECT_EQ(raised([&] { fds.write(w, "lost"); }), "BrokenPipeError");
  EXPECT_EQ(raised([&] { fds.write(w, "lost again"); }), "BrokenPipeError");
}

TEST(Descriptors, OnlyOpenDescriptorsOfTheTableAreClosedAndTheRunClosesTheRest) {
  int r = -1;
  int w = -1;
  {
    RuntimeScope scope;
    Descriptors& fds = Runtime::current().descriptors();
    std::tie(r, w) = fds.pipe();
    fds.close(w);
    EXPECT_EQ(raised([&] { fds.close(w); }), "OSError");
    EXPECT_FALSE(fds.is_open(w));
    EXPECT_TRUE(is_open_descriptor(r));
  }
  EXPECT_FALSE(is_open_descriptor(r));
}

TEST(FileIO, ClosingClosesTheDescriptorOnceAndFilenoThenRaises) {
  RuntimeScope scope;
  Descriptors& fds = Runtime::current().descriptors();
  auto [r, w] = fds.pipe();
  FileIO file(r);
  EXPECT_EQ(file.fileno(), r);
  file.close();
  file.close();
  EXPECT_TRUE(file.closed());
  EXPECT_FALSE(fds.is_open(r));
  try {
    file.fileno();
    ADD_FAILURE() << "fileno() of a closed file";
  } catch (const PyError& e) {
    EXPECT_EQ(test::show(e), "ValueError: I/O operation on closed file");
  }
  (void)w;
}

TEST(PipeTransports, RefuseAFileThatIsNotAPipeASocketOrACharacterDevice) {
  RuntimeScope scope;
  test::TempDir dir;
  const std::string path = dir.file("plain");
  const int fd = ::open(path.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
  ASSERT_GE(fd, 0);
  EventLoopPtr loop = make_reference_loop();
  auto file = std::make_shared<FileIO>(fd);
  try {
    ReadPipeTransport(*loop, file, nullptr);
    ADD_FAILURE() << "a regular file was taken";
  } catch (const PyError& e) {
    EXPECT_EQ(test::show(e), "ValueError: Pipe transport is for pipes/sockets only.");
  }
  try {
    WritePipeTransport(*loop, file, nullptr);
    ADD_FAILURE() << "a regular file was taken";
  } catch (const PyError& e) {
    EXPECT_EQ(test::show(e), "ValueError: Pipe transport is only for pipes, sockets and character devices");
  }
  ::close(fd);
}

}  // namespace
}  // namespace loopspec
