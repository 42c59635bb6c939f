// The RapidCheck generator of Plans (plan.hpp): well-formed scenario programs
// whose size grows with RapidCheck's size parameter and which shrink towards
// short, shallow programs.
#pragma once

#include <rapidcheck.h>

#include "plan.hpp"

namespace loopspec::properties {

/// Every part of the surface the harness binds is generated. With open
/// orders (plan.hpp), programs whose deadlines tie and whose set walks show.
rc::Gen<Plan> gen_plan(Orders orders = Orders::Closed);

}  // namespace loopspec::properties
