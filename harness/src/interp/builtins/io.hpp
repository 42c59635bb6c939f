// io.StringIO's buffer, for the bindings that write to a `file=`.
#pragma once

#include <string>

#include "interp/pyobjects.hpp"

namespace loopspec::harness {

class StringIOObject : public HarnessObject {
 public:
  const TypeInfo& type() const override;
  std::string text;
};

}  // namespace loopspec::harness
