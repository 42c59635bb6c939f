// Tied timers and set walks take their order from the loop's OrderChooser
// (open_orders.hpp); everything else keeps asyncio's order.
#include <string>
#include <vector>

#include "test_support.hpp"

namespace loopspec::test {
namespace {

/// Answers each question with `pick(options)` and remembers the questions.
class RecordingChooser : public OrderChooser {
 public:
  explicit RecordingChooser(std::size_t (*pick)(std::size_t)) : pick_(pick) {}
  std::size_t choose(OpenOrder where, std::size_t options) override {
    (where == OpenOrder::TimerTies ? asked : asked_about_sets).push_back(options);
    return pick_(options);
  }
  std::vector<std::size_t> asked, asked_about_sets;

 private:
  std::size_t (*pick_)(std::size_t);
};

std::size_t first(std::size_t) { return 0; }
std::size_t last(std::size_t options) { return options - 1; }

/// Schedules timers named by `names` at the deadlines `whens` on `loop`,
/// runs until they are done and returns the names in the order they ran.
std::vector<std::string> run_timers(EventLoop& loop, const std::vector<std::string>& names,
                                    const std::vector<double>& whens) {
  std::vector<std::string> ran;
  for (std::size_t i = 0; i < names.size(); ++i)
    loop.call_at(whens[i], [&ran, name = names[i]] { ran.push_back(name); });
  loop.call_at(1.0, [&loop] { loop.stop(); });
  loop.run_forever();
  return ran;
}

using OpenOrdersTest = ModelTest;

TEST_F(OpenOrdersTest, WithoutAChooserFourTiesLeaveInHeapqOrder) {
  // heapq compares deadlines only: the first pop's sift steps bring the
  // third of four equal timers to the root, ahead of the second.
  EXPECT_EQ(run_timers(*loop_, {"a", "b", "c", "d"}, {0.5, 0.5, 0.5, 0.5}),
            (std::vector<std::string>{"a", "c", "b", "d"}));
}

TEST_F(OpenOrdersTest, AChooserOfTheFirstCandidateKeepsCPythonsOrder) {
  auto chooser = std::make_shared<RecordingChooser>(first);
  EventLoopPtr loop = make_reference_loop_with(chooser);
  EXPECT_EQ(run_timers(*loop, {"a", "b", "c", "d"}, {0.5, 0.5, 0.5, 0.5}),
            (std::vector<std::string>{"a", "c", "b", "d"}));
  EXPECT_EQ(chooser->asked, (std::vector<std::size_t>{4, 3, 2}));
}

TEST_F(OpenOrdersTest, TheChooserPicksAmongTiesOnlyAndNeverAcrossDeadlines) {
  auto chooser = std::make_shared<RecordingChooser>(last);
  EventLoopPtr loop = make_reference_loop_with(chooser);
  // Past deadlines fall due together; only the two at -1.0 are tied.
  EXPECT_EQ(run_timers(*loop, {"x", "tie1", "y", "tie2"}, {-2.0, -1.0, -0.5, -1.0}),
            (std::vector<std::string>{"x", "tie2", "tie1", "y"}));
  EXPECT_EQ(chooser->asked, (std::vector<std::size_t>{2}));
}

TEST_F(OpenOrdersTest, TimersAtDistinctDeadlinesNeverAsk) {
  auto chooser = std::make_shared<RecordingChooser>(last);
  EventLoopPtr loop = make_reference_loop_with(chooser);
  EXPECT_EQ(run_timers(*loop, {"a", "b", "c"}, {0.3, 0.1, 0.2}), (std::vector<std::string>{"b", "c", "a"}));
  EXPECT_TRUE(chooser->asked.empty());
}

TEST_F(OpenOrdersTest, LeftoverTasksAreCancelledInTheChoosersOrder) {
  auto chooser = std::make_shared<RecordingChooser>(last);
  EventLoopPtr loop = make_reference_loop_with(chooser);
  std::vector<std::string> done;
  for (const char* name : {"a", "b", "c"}) {
    TaskPtr t = loop->create_task(job(*this, name, 1.0, None), name);
    t->add_done_callback([&done, name](const FuturePtr&) { done.push_back(name); });
  }
  loop->call_later(0.5, [&loop] { loop->stop(); });
  loop->run_forever();  // every task now sleeps
  cancel_all_tasks(*loop);
  EXPECT_EQ(done, (std::vector<std::string>{"c", "b", "a"}));
  EXPECT_EQ(chooser->asked_about_sets, (std::vector<std::size_t>{3, 2}));
  loop->close();
}

}  // namespace
}  // namespace loopspec::test
