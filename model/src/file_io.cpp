// io.FileIO over a program's descriptor (file_io.hpp).
#include "loopspec/file_io.hpp"

#include <utility>

#include "loopspec/exceptions.hpp"
#include "loopspec/reprs.hpp"
#include "loopspec/runtime.hpp"

namespace loopspec {

std::string FileIO::python_repr() const {
  if (const ReprHooks* hooks = Runtime::current().repr_hooks) {
    hooks->unpinnable("a file object (`<_io.FileIO name=...>`, a descriptor number)");
  }
  return "<_io.FileIO>";
}

int FileIO::fileno() const {
  if (closed()) raise(exc::ValueError, "I/O operation on closed file");
  return fd_;
}

void FileIO::close() {
  if (closed()) return;
  Runtime::current().descriptors().close(std::exchange(fd_, -1));
}

}  // namespace loopspec
