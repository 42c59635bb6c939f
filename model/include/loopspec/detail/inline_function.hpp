// InlineFunction: a move-only function wrapper that stores its target inside
// itself when it fits, whatever the target's copy semantics.
//
// Why not std::function: libstdc++ keeps a target inline only when it is
// trivially copyable and at most 16 bytes, so every lambda that holds a
// shared_ptr (a task, a future) costs an allocation on top of the Handle that
// carries it. CPython's Handle keeps its callback and arguments in one object;
// with the capacities chosen in handle.hpp and future.hpp, so do ours.
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace loopspec::detail {

template <class Signature, std::size_t Capacity>
class InlineFunction;

template <class R, class... Args, std::size_t Capacity>
class InlineFunction<R(Args...), Capacity> {
 public:
  InlineFunction() noexcept = default;
  InlineFunction(std::nullptr_t) noexcept {}  // NOLINT(google-explicit-constructor): as std::function

  /// Holds `f` inline when it fits and moves without throwing, else on the heap.
  template <class F, class Target = std::decay_t<F>>
    requires(!std::is_same_v<Target, InlineFunction> && std::is_invocable_r_v<R, Target&, Args...>)
  InlineFunction(F&& f) : ops_(&kOps<Target>) {  // NOLINT(google-explicit-constructor): as std::function
    if constexpr (fits_inline<Target>()) {
      ::new (static_cast<void*>(storage_)) Target(std::forward<F>(f));
    } else {
      *reinterpret_cast<Target**>(storage_) = new Target(std::forward<F>(f));
    }
  }

  InlineFunction(InlineFunction&& other) noexcept : ops_(std::exchange(other.ops_, nullptr)) {
    if (ops_) ops_->relocate(storage_, other.storage_);
  }
  InlineFunction& operator=(InlineFunction&& other) noexcept {
    if (this != &other) {
      reset();
      ops_ = std::exchange(other.ops_, nullptr);
      if (ops_) ops_->relocate(storage_, other.storage_);
    }
    return *this;
  }
  InlineFunction(const InlineFunction&) = delete;
  InlineFunction& operator=(const InlineFunction&) = delete;
  ~InlineFunction() { reset(); }

  explicit operator bool() const noexcept { return ops_ != nullptr; }
  /// Precondition: not empty.
  R operator()(Args... args) const { return ops_->call(storage_, std::forward<Args>(args)...); }

 private:
  template <class Target>
  static constexpr bool fits_inline() {
    return sizeof(Target) <= Capacity && alignof(Target) <= alignof(void*) &&
           std::is_nothrow_move_constructible_v<Target>;
  }

  template <class Target>
  static Target* target(void* storage) {
    if constexpr (fits_inline<Target>()) {
      return std::launder(reinterpret_cast<Target*>(storage));
    } else {
      return *reinterpret_cast<Target**>(storage);
    }
  }

  /// What the wrapper does with a target of one type; one static table per type.
  struct Ops {
    R (*call)(void* storage, Args&&... args);
    /// Moves the target from `from` to `to` and ends it in `from`.
    void (*relocate)(void* to, void* from) noexcept;
    void (*destroy)(void* storage) noexcept;
  };

  template <class Target>
  static constexpr Ops kOps{
      [](void* storage, Args&&... args) -> R { return (*target<Target>(storage))(std::forward<Args>(args)...); },
      [](void* to, void* from) noexcept {
        if constexpr (fits_inline<Target>()) {
          Target* source = target<Target>(from);
          ::new (to) Target(std::move(*source));
          source->~Target();
        } else {
          *reinterpret_cast<Target**>(to) = *reinterpret_cast<Target**>(from);
        }
      },
      [](void* storage) noexcept {
        if constexpr (fits_inline<Target>()) {
          target<Target>(storage)->~Target();
        } else {
          delete target<Target>(storage);
        }
      }};

  void reset() noexcept {
    if (ops_) std::exchange(ops_, nullptr)->destroy(storage_);
  }

  static_assert(Capacity >= sizeof(void*), "the storage must at least hold a pointer to a heap target");
  const Ops* ops_ = nullptr;
  // mutable: calling a const wrapper calls its target, which may change state
  // (std::function's rule too).
  alignas(void*) mutable unsigned char storage_[Capacity];
};

}  // namespace loopspec::detail
