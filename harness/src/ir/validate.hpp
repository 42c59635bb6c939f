// The rules a whole IR program keeps (docs/ir.md) beyond the shape of each
// node, which the loader checks as it reads:
//  - the entry point, as Python would find it (the last definition of its
//    name), is `async def main()` or `def scenario(loop)`;
//  - module constants and parameter defaults are literals;
//  - `await` stands only as the whole value of an expression, assignment or
//    return statement, inside an `async def`; so does `async with`;
//  - `break` and `continue` stand inside a loop.
#pragma once

#include <string>

#include "ir/ir.hpp"

namespace loopspec::ir {

/// "" when `p` keeps every rule, else the first broken one with its
/// scenario line ("line 12: ...").
std::string validate(const Program& p);

/// Whether `e` is a literal: a const, `-`/`+` of a number const, or a list,
/// tuple or dict of literals.
bool is_literal(const Expr& e);

}  // namespace loopspec::ir
