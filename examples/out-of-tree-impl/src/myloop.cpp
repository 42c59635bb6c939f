// make_loop (myloop.hpp). A real implementation has its own EventLoop
// subclass here; the example lends the reference loop.
#include "myloop/myloop.hpp"

#include "loopspec/reference_loop.hpp"

namespace myloop {

loopspec::EventLoopPtr make_loop() { return loopspec::make_reference_loop(); }

}  // namespace myloop
