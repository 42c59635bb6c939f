// WaitedFutures: a ring of WaitedLinks through the futures, around head_.
#include "loopspec/detail/waited_futures.hpp"

#include "loopspec/future.hpp"

namespace loopspec::detail {

WaitedFutures::~WaitedFutures() {
  for (WaitedLink* l = head_.next; l != &head_;) {
    WaitedLink* next = l->next;
    l->prev = l->next = nullptr;
    l = next;
  }
}

void WaitedFutures::insert(Future& f) {
  WaitedLink& link = f;
  link.prev = head_.prev;
  link.next = &head_;
  head_.prev->next = &link;
  head_.prev = &link;
}

void WaitedFutures::erase(Future& f) {
  WaitedLink& link = f;
  link.prev->next = link.next;
  link.next->prev = link.prev;
  link.prev = link.next = nullptr;
}

std::vector<std::shared_ptr<Future>> WaitedFutures::members() const {
  std::vector<std::shared_ptr<Future>> out;
  for (WaitedLink* l = head_.next; l != &head_; l = l->next) {
    auto& f = static_cast<Future&>(*l);
    // A future whose last reference is being dropped right now has no owner
    // left to keep it; it leaves the list in its destructor.
    if (auto alive = f.weak_from_this().lock()) out.push_back(std::static_pointer_cast<Future>(alive));
  }
  return out;
}

}  // namespace loopspec::detail
