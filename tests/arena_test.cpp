// callmap::arena: alignment, block growth, reset() merging blocks, the memory limit, moves,
// the scratch stack, allocate_array overflow, copy(), and writing into the unused tail.
#include "callmap/arena.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace std::literals;
using callmap::arena;

constexpr std::size_t size_max = std::numeric_limits<std::size_t>::max();

std::uintptr_t address(const void* p) {
    return reinterpret_cast<std::uintptr_t>(p);
}

/// The byte that `fill` writes at `index` of allocation `n`.
unsigned char pattern(std::size_t n, std::size_t index) {
    return static_cast<unsigned char>((n * 131 + index * 7 + 1) & 0xFF);
}

void fill(void* p, std::size_t size, std::size_t n) {
    auto* bytes = static_cast<unsigned char*>(p);
    for (std::size_t i = 0; i < size; ++i) bytes[i] = pattern(n, i);
}

/// True when allocation `n` still holds what `fill` wrote.
bool intact(const void* p, std::size_t size, std::size_t n) {
    const auto* bytes = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < size; ++i) {
        if (bytes[i] != pattern(n, i)) return false;
    }
    return true;
}

struct allocation {
    void* p;
    std::size_t size;
};

/// `count` allocations of `size` bytes, each filled with its pattern.
std::vector<allocation> workload(arena& memory, std::size_t count, std::size_t size,
                                 std::size_t align = alignof(std::max_align_t)) {
    std::vector<allocation> out;
    for (std::size_t n = 0; n < count; ++n) {
        void* p = memory.allocate(size, align);
        if (p == nullptr) break;
        fill(p, size, n);
        out.push_back({p, size});
    }
    return out;
}

/// The number of allocations that no longer hold their pattern.
std::size_t damaged(const std::vector<allocation>& all) {
    std::size_t bad = 0;
    for (std::size_t n = 0; n < all.size(); ++n) {
        if (!intact(all[n].p, all[n].size, n)) ++bad;
    }
    return bad;
}

// --- allocate ------------------------------------------------------------------------------

TEST(arena_allocate, every_alignment_is_honoured) {
    constexpr std::size_t alignments[] = {1, 2, 4, 8, 16, 64};
    for (const std::size_t align : alignments) {
        arena memory;
        for (std::size_t n = 0; n < 200; ++n) {
            // odd sizes and a 1-byte allocation in between knock the cursor off alignment
            ASSERT_NE(memory.allocate(1, 1), nullptr);
            const std::size_t size = 1 + (n * 37) % 300;
            void* p = memory.allocate(size, align);
            ASSERT_NE(p, nullptr);
            EXPECT_EQ(address(p) % align, 0u) << "align " << align << ", allocation " << n;
        }
    }
}

TEST(arena_allocate, the_default_alignment_is_max_align_t) {
    arena memory;
    for (std::size_t n = 0; n < 100; ++n) {
        ASSERT_NE(memory.allocate(3, 1), nullptr);
        void* p = memory.allocate(5);
        ASSERT_NE(p, nullptr);
        EXPECT_EQ(address(p) % alignof(std::max_align_t), 0u) << n;
    }
}

TEST(arena_allocate, alignment_holds_in_a_new_block) {
    arena memory;
    ASSERT_NE(memory.allocate(1, 1), nullptr);
    // larger than the rest of the first block: comes from a new one
    void* p = memory.allocate(arena::default_block_size, 64);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(address(p) % 64, 0u);
    fill(p, arena::default_block_size, 0);
    EXPECT_TRUE(intact(p, arena::default_block_size, 0));
}

TEST(arena_allocate, bytes_used_counts_from_the_last_reset) {
    arena memory;
    EXPECT_EQ(memory.bytes_used(), 0u);
    EXPECT_EQ(memory.bytes_reserved(), 0u);
    ASSERT_NE(memory.allocate(10, 1), nullptr);
    EXPECT_EQ(memory.bytes_used(), 10u);
    ASSERT_NE(memory.allocate(5, 1), nullptr);
    EXPECT_EQ(memory.bytes_used(), 15u);
    EXPECT_EQ(memory.bytes_reserved(), arena::default_block_size);
    memory.reset();
    EXPECT_EQ(memory.bytes_used(), 0u);
    EXPECT_EQ(memory.bytes_reserved(), arena::default_block_size);
}

TEST(arena_allocate, many_small_allocations_span_blocks_and_stay_valid) {
    arena memory;
    const std::vector<allocation> all = workload(memory, 20000, 37);
    ASSERT_EQ(all.size(), 20000u);
    EXPECT_GT(memory.bytes_reserved(), 4 * arena::default_block_size);  // several blocks
    EXPECT_EQ(damaged(all), 0u);
    // no two allocations overlap
    std::vector<std::uintptr_t> starts;
    for (const allocation& a : all) starts.push_back(address(a.p));
    std::sort(starts.begin(), starts.end());
    for (std::size_t i = 1; i < starts.size(); ++i) {
        ASSERT_GE(starts[i] - starts[i - 1], 37u) << i;
    }
}

TEST(arena_allocate, a_large_allocation_gets_a_block_of_its_own_size) {
    arena memory;
    const std::size_t big = 10 * arena::default_block_size + 3;
    void* p = memory.allocate(big, 1);
    ASSERT_NE(p, nullptr);
    fill(p, big, 1);
    EXPECT_TRUE(intact(p, big, 1));
    EXPECT_GE(memory.bytes_reserved(), big);
}

// --- unused_tail / claim_tail ----------------------------------------------------------------

TEST(arena_tail, a_fresh_arena_has_no_tail) {
    arena memory;
    EXPECT_TRUE(memory.unused_tail().empty());
    memory.claim_tail(0);
    EXPECT_EQ(memory.bytes_used(), 0u);
    EXPECT_EQ(memory.bytes_reserved(), 0u);
}

TEST(arena_tail, the_tail_is_the_rest_of_the_current_block) {
    arena memory;
    auto* first = static_cast<char*>(memory.allocate(100, 1));
    ASSERT_NE(first, nullptr);
    const std::span<char> tail = memory.unused_tail();
    EXPECT_EQ(tail.data(), first + 100);
    EXPECT_EQ(tail.size(), arena::default_block_size - 100);
    EXPECT_EQ(memory.bytes_used(), 100u);  // looking allocates nothing
}

TEST(arena_tail, claimed_bytes_are_allocated_and_the_next_allocation_follows_them) {
    arena memory;
    ASSERT_NE(memory.allocate(10, 1), nullptr);
    const std::span<char> tail = memory.unused_tail();
    std::memcpy(tail.data(), "claimed", 7);
    memory.claim_tail(7);
    EXPECT_EQ(memory.bytes_used(), 17u);
    EXPECT_EQ(memory.unused_tail().data(), tail.data() + 7);
    auto* next = static_cast<char*>(memory.allocate(3, 1));
    EXPECT_EQ(next, tail.data() + 7);
    EXPECT_EQ(std::string_view(tail.data(), 7), "claimed"sv);
}

TEST(arena_tail, unclaimed_bytes_are_handed_out_again) {
    arena memory;
    ASSERT_NE(memory.allocate(1, 1), nullptr);
    const std::span<char> tail = memory.unused_tail();
    EXPECT_EQ(memory.allocate(5, 1), tail.data());
}

TEST(arena_tail, after_reset_the_tail_is_the_whole_merged_block) {
    arena memory;
    ASSERT_NE(memory.allocate(arena::default_block_size, 1), nullptr);
    ASSERT_NE(memory.allocate(arena::default_block_size, 1), nullptr);  // a second block
    memory.reset();
    EXPECT_EQ(memory.unused_tail().size(), memory.bytes_reserved());
}

// --- reset ---------------------------------------------------------------------------------

TEST(arena_reset, a_single_block_is_reused_from_its_start) {
    arena memory;
    void* first = memory.allocate(32);
    ASSERT_NE(memory.allocate(100), nullptr);
    const std::size_t reserved = memory.bytes_reserved();
    memory.reset();
    EXPECT_EQ(memory.allocate(32), first);
    EXPECT_EQ(memory.bytes_reserved(), reserved);
}

TEST(arena_reset, merges_blocks_so_the_same_workload_does_not_grow) {
    arena memory;
    const std::vector<allocation> first = workload(memory, 5000, 100);
    ASSERT_EQ(first.size(), 5000u);
    const std::size_t reserved = memory.bytes_reserved();
    ASSERT_GT(reserved, 2 * arena::default_block_size);  // the first run needed several blocks

    for (int round = 0; round < 3; ++round) {
        memory.reset();
        EXPECT_EQ(memory.bytes_reserved(), reserved) << round;
        EXPECT_EQ(memory.bytes_used(), 0u) << round;
        const std::vector<allocation> again = workload(memory, 5000, 100);
        ASSERT_EQ(again.size(), 5000u);
        EXPECT_EQ(memory.bytes_reserved(), reserved) << round;
        EXPECT_EQ(damaged(again), 0u) << round;
        // all of it in one block: the allocations follow each other from the block's start
        std::uintptr_t lowest = size_max;
        std::uintptr_t highest = 0;
        for (const allocation& a : again) {
            lowest = std::min(lowest, address(a.p));
            highest = std::max(highest, address(a.p) + a.size);
        }
        EXPECT_LE(highest - lowest, reserved) << round;
        EXPECT_EQ(memory.bytes_used(), highest - lowest) << round;
    }
}

TEST(arena_reset, a_merge_beyond_a_lowered_limit_leaves_an_empty_usable_arena) {
    arena memory;
    ASSERT_EQ(workload(memory, 1000, 100).size(), 1000u);
    memory.set_max_bytes(1000);
    memory.reset();
    EXPECT_EQ(memory.bytes_reserved(), 0u);
    EXPECT_EQ(memory.bytes_used(), 0u);
    void* p = memory.allocate(100, 1);
    ASSERT_NE(p, nullptr);
    EXPECT_LE(memory.bytes_reserved(), 1000u);
}

TEST(arena_reset, empties_the_scratch_stack_and_keeps_its_memory) {
    arena memory;
    const char data[40] = "scratch";
    ASSERT_TRUE(memory.scratch_push(data, sizeof data));
    const std::size_t reserved = memory.bytes_reserved();
    memory.reset();
    EXPECT_EQ(memory.scratch_top(), 0u);
    EXPECT_EQ(memory.bytes_reserved(), reserved);
}

// --- the memory limit ----------------------------------------------------------------------

TEST(arena_limit, an_allocation_larger_than_the_limit_fails) {
    arena memory(1000);
    EXPECT_EQ(memory.max_bytes(), 1000u);
    EXPECT_EQ(memory.allocate(1001, 1), nullptr);
    EXPECT_EQ(memory.allocate(size_max, 1), nullptr);
    EXPECT_EQ(memory.bytes_reserved(), 0u);
}

TEST(arena_limit, allocations_stop_at_the_limit_and_earlier_ones_stay_valid) {
    arena memory(1000);
    std::vector<allocation> all;
    for (std::size_t n = 0; n < 100; ++n) {
        void* p = memory.allocate(100);
        ASSERT_LE(memory.bytes_reserved(), 1000u) << n;
        if (p == nullptr) break;
        fill(p, 100, n);
        all.push_back({p, 100});
    }
    EXPECT_GE(all.size(), 1u);
    EXPECT_LE(all.size(), 10u);
    EXPECT_EQ(memory.allocate(100), nullptr);  // still refused
    EXPECT_EQ(damaged(all), 0u);
}

TEST(arena_limit, a_lowered_limit_applies_to_new_blocks) {
    arena memory;
    ASSERT_NE(memory.allocate(16), nullptr);
    memory.set_max_bytes(memory.bytes_reserved());
    EXPECT_EQ(memory.allocate(arena::default_block_size), nullptr);
    EXPECT_NE(memory.allocate(16), nullptr);  // the current block still has room
}

TEST(arena_limit, scratch_push_fails_beyond_the_limit) {
    arena memory(100);
    std::vector<unsigned char> data(101);
    for (std::size_t i = 0; i < data.size(); ++i) data[i] = static_cast<unsigned char>(i);
    ASSERT_TRUE(memory.scratch_push(data.data(), 64));
    EXPECT_FALSE(memory.scratch_push(data.data(), 37));  // 101 > 100
    EXPECT_EQ(memory.scratch_top(), 64u);
    EXPECT_TRUE(memory.scratch_push(data.data() + 64, 36));  // exactly 100
    EXPECT_EQ(memory.scratch_top(), 100u);
    EXPECT_EQ(std::memcmp(memory.scratch_at(0), data.data(), 100), 0);
    EXPECT_LE(memory.bytes_reserved(), 100u);

    arena empty(10);
    EXPECT_FALSE(empty.scratch_push(data.data(), 11));
    EXPECT_EQ(empty.scratch_top(), 0u);
    EXPECT_EQ(empty.bytes_reserved(), 0u);
}

TEST(arena_limit, blocks_and_scratch_share_one_limit) {
    arena memory(40000);
    ASSERT_NE(memory.allocate(10000), nullptr);
    const std::size_t left = memory.max_bytes() - memory.bytes_reserved();
    std::vector<unsigned char> data(left + 1, 0x5A);
    EXPECT_FALSE(memory.scratch_push(data.data(), left + 1));
    EXPECT_EQ(memory.scratch_top(), 0u);
    EXPECT_TRUE(memory.scratch_push(data.data(), left));
    EXPECT_EQ(memory.bytes_reserved(), memory.max_bytes());
    // with the limit reached, a new block is refused
    EXPECT_EQ(memory.allocate(arena::default_block_size), nullptr);
}

TEST(arena_limit, sizes_near_size_max_fail_without_a_limit) {
    // no limit at all: the size arithmetic (size + alignment, block header + size) must not wrap
    struct huge_case {
        std::size_t size;
        std::size_t align;
    };
    constexpr huge_case cases[] = {
        {size_max, 1}, {size_max, 16}, {size_max - 8, 16}, {size_max - 8, 1}, {size_max - 15, 1},
    };
    for (const huge_case& c : cases) {
        arena memory(size_max);
        EXPECT_EQ(memory.allocate(c.size, c.align), nullptr) << c.size << ", " << c.align;
        EXPECT_EQ(memory.bytes_reserved(), 0u) << c.size << ", " << c.align;
        void* p = memory.allocate(64);  // still usable
        ASSERT_NE(p, nullptr);
        fill(p, 64, 3);
        EXPECT_TRUE(intact(p, 64, 3));
    }
    arena memory(size_max);
    EXPECT_EQ(memory.allocate_array<double>(size_max / sizeof(double)), nullptr);
    EXPECT_EQ(memory.bytes_reserved(), 0u);
}

// --- allocate_array and copy ---------------------------------------------------------------

TEST(arena_allocate_array, aligned_storage_for_count_objects) {
    arena memory;
    ASSERT_NE(memory.allocate(1, 1), nullptr);
    auto* values = memory.allocate_array<std::uint64_t>(1000);
    ASSERT_NE(values, nullptr);
    EXPECT_EQ(address(values) % alignof(std::uint64_t), 0u);
    for (std::size_t i = 0; i < 1000; ++i) values[i] = i * i;
    for (std::size_t i = 0; i < 1000; ++i) ASSERT_EQ(values[i], i * i);
}

TEST(arena_allocate_array, a_count_whose_byte_size_overflows_is_refused) {
    arena memory;
    EXPECT_EQ(memory.allocate_array<std::uint64_t>(size_max / 8 + 1), nullptr);
    EXPECT_EQ(memory.allocate_array<std::uint32_t>(size_max / 2), nullptr);
    EXPECT_EQ(memory.allocate_array<std::uint16_t>(size_max), nullptr);
    // no overflow, but far beyond the limit
    EXPECT_EQ(memory.allocate_array<std::uint64_t>(size_max / 8), nullptr);
    EXPECT_EQ(memory.bytes_reserved(), 0u);
}

TEST(arena_copy, copies_the_bytes_into_the_arena) {
    arena memory;
    const std::string_view text = "call record\0with a NUL"sv;
    const char* copy = memory.copy(text.data(), text.size());
    ASSERT_NE(copy, nullptr);
    EXPECT_NE(copy, text.data());
    EXPECT_EQ(std::string_view(copy, text.size()), text);
    EXPECT_EQ(memory.bytes_used(), text.size());
}

TEST(arena_copy, an_empty_copy_is_an_empty_string_and_allocates_nothing) {
    arena memory(0);
    const char* copy = memory.copy("abc", 0);
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy[0], '\0');
    EXPECT_EQ(memory.bytes_reserved(), 0u);
}

TEST(arena_copy, fails_at_the_limit) {
    arena memory(8);
    EXPECT_EQ(memory.copy("0123456789", 10), nullptr);
    const char* copy = memory.copy("0123", 4);
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(std::string_view(copy, 4), "0123");
}

// --- moves ---------------------------------------------------------------------------------

TEST(arena_move, construction_transfers_blocks_scratch_and_limit) {
    arena source(1 << 20);
    const std::vector<allocation> all = workload(source, 1000, 50);
    const char data[] = "pending elements";
    ASSERT_TRUE(source.scratch_push(data, sizeof data));
    const std::size_t reserved = source.bytes_reserved();
    const std::size_t used = source.bytes_used();

    arena target(std::move(source));
    EXPECT_EQ(target.bytes_reserved(), reserved);
    EXPECT_EQ(target.bytes_used(), used);
    EXPECT_EQ(target.max_bytes(), std::size_t{1} << 20);
    EXPECT_EQ(damaged(all), 0u);
    ASSERT_EQ(target.scratch_top(), sizeof data);
    EXPECT_EQ(std::memcmp(target.scratch_at(0), data, sizeof data), 0);

    // the moved-from arena is empty and usable
    EXPECT_EQ(source.bytes_reserved(), 0u);  // NOLINT(bugprone-use-after-move)
    EXPECT_EQ(source.bytes_used(), 0u);
    EXPECT_EQ(source.scratch_top(), 0u);
    const std::vector<allocation> more = workload(source, 500, 50);
    EXPECT_EQ(more.size(), 500u);
    EXPECT_EQ(damaged(more), 0u);
    EXPECT_TRUE(source.scratch_push(data, sizeof data));
    EXPECT_EQ(damaged(all), 0u);
}

TEST(arena_move, assignment_releases_the_old_memory_and_takes_the_new) {
    arena source(1 << 20);
    const std::vector<allocation> all = workload(source, 1000, 50);
    const std::size_t reserved = source.bytes_reserved();

    arena target(1 << 16);
    ASSERT_EQ(workload(target, 100, 10).size(), 100u);  // freed by the assignment (LSan checks)
    target = std::move(source);
    EXPECT_EQ(target.bytes_reserved(), reserved);
    EXPECT_EQ(target.max_bytes(), std::size_t{1} << 20);
    EXPECT_EQ(damaged(all), 0u);

    EXPECT_EQ(source.bytes_reserved(), 0u);  // NOLINT(bugprone-use-after-move)
    const std::vector<allocation> more = workload(source, 100, 50);
    EXPECT_EQ(more.size(), 100u);
    EXPECT_EQ(damaged(more), 0u);
    EXPECT_EQ(damaged(all), 0u);
}

TEST(arena_move, self_assignment_keeps_everything) {
    arena memory;
    const std::vector<allocation> all = workload(memory, 100, 50);
    const std::size_t reserved = memory.bytes_reserved();
    arena& alias = memory;
    memory = std::move(alias);
    EXPECT_EQ(memory.bytes_reserved(), reserved);
    EXPECT_EQ(damaged(all), 0u);
}

// --- the scratch stack ---------------------------------------------------------------------

TEST(arena_scratch, push_mark_and_release) {
    arena memory;
    EXPECT_EQ(memory.scratch_top(), 0u);
    ASSERT_TRUE(memory.scratch_push("abc", 3));
    EXPECT_EQ(memory.scratch_top(), 3u);

    const std::size_t saved = memory.scratch_top();
    const std::size_t mark = memory.scratch_mark(8);
    EXPECT_EQ(mark, 8u);
    const std::uint64_t value = 0x0123456789ABCDEFu;
    ASSERT_TRUE(memory.scratch_push(&value, sizeof value));
    EXPECT_EQ(memory.scratch_top(), 16u);
    std::uint64_t read = 0;
    std::memcpy(&read, memory.scratch_at(mark), sizeof read);
    EXPECT_EQ(read, value);

    memory.scratch_release(saved);
    EXPECT_EQ(memory.scratch_top(), 3u);
    ASSERT_TRUE(memory.scratch_push("d", 1));
    EXPECT_EQ(std::string_view(reinterpret_cast<const char*>(memory.scratch_at(0)), 4), "abcd");
}

TEST(arena_scratch, pushing_nothing_succeeds_even_before_any_scratch_memory_exists) {
    arena memory;
    EXPECT_TRUE(memory.scratch_push("", 0));
    EXPECT_EQ(memory.scratch_top(), 0u);
    EXPECT_EQ(memory.scratch_mark(8), 0u);
    EXPECT_TRUE(memory.scratch_push(nullptr, 0));
    EXPECT_EQ(memory.scratch_top(), 0u);
    ASSERT_TRUE(memory.scratch_push("ab", 2));
    EXPECT_TRUE(memory.scratch_push(nullptr, 0));
    EXPECT_EQ(memory.scratch_top(), 2u);
}

TEST(arena_scratch, a_mark_rounds_the_top_up_to_the_alignment) {
    struct mark_case {
        std::size_t align;
        std::size_t mark;  ///< after a 5-byte push
    };
    constexpr mark_case cases[] = {{1, 5},   {2, 6},   {4, 8},      {8, 8},
                                   {16, 16}, {64, 64}, {4096, 4096}};
    for (const mark_case& c : cases) {
        arena memory;
        ASSERT_TRUE(memory.scratch_push("12345", 5));
        EXPECT_EQ(memory.scratch_mark(c.align), c.mark) << c.align;
        EXPECT_EQ(memory.scratch_top(), c.mark) << c.align;
    }
}

TEST(arena_scratch, marked_offsets_are_aligned_addresses_up_to_max_align_t) {
    constexpr std::size_t alignments[] = {1, 2, 4, 8, 16};
    for (const std::size_t align : alignments) {
        arena memory;
        ASSERT_TRUE(memory.scratch_push("xyz", 3));
        const std::size_t mark = memory.scratch_mark(align);
        const std::uint64_t value = 42;
        ASSERT_TRUE(memory.scratch_push(&value, sizeof value));
        EXPECT_EQ(address(memory.scratch_at(mark)) % align, 0u) << align;
    }
}

TEST(arena_scratch, releasing_to_the_saved_top_undoes_the_mark_padding) {
    arena memory;
    ASSERT_TRUE(memory.scratch_push("12345", 5));
    constexpr std::size_t alignments[] = {2, 8, 64, 8192};
    for (const std::size_t align : alignments) {
        const std::size_t saved = memory.scratch_top();
        const std::size_t mark = memory.scratch_mark(align);
        ASSERT_GT(mark, saved);
        const std::uint32_t element = 7;
        for (int i = 0; i < 10; ++i) ASSERT_TRUE(memory.scratch_push(&element, sizeof element));
        memory.scratch_release(saved);
        EXPECT_EQ(memory.scratch_top(), 5u) << align;
    }
    EXPECT_EQ(std::string_view(reinterpret_cast<const char*>(memory.scratch_at(0)), 5), "12345");
}

TEST(arena_scratch, growth_preserves_the_contents) {
    arena memory;
    std::size_t capacity_changes = 0;
    std::size_t reserved = memory.bytes_reserved();
    for (std::uint32_t i = 0; i < 100000; ++i) {
        ASSERT_TRUE(memory.scratch_push(&i, sizeof i));
        if (memory.bytes_reserved() != reserved) {
            reserved = memory.bytes_reserved();
            ++capacity_changes;
        }
    }
    EXPECT_GT(capacity_changes, 3u);  // it grew several times
    ASSERT_EQ(memory.scratch_top(), 100000 * sizeof(std::uint32_t));
    for (std::uint32_t i = 0; i < 100000; ++i) {
        std::uint32_t read = 0;
        std::memcpy(&read, memory.scratch_at(i * sizeof read), sizeof read);
        ASSERT_EQ(read, i);
    }
}

TEST(arena_scratch, growth_after_a_mark_past_the_capacity_preserves_the_contents) {
    arena memory;
    ASSERT_TRUE(memory.scratch_push("head", 4));
    const std::size_t reserved = memory.bytes_reserved();
    // the padding of this mark runs past the current capacity
    const std::size_t mark = memory.scratch_mark(reserved * 4);
    EXPECT_EQ(mark, reserved * 4);
    const std::uint64_t value = 0xFEEDFACECAFEBEEFu;
    ASSERT_TRUE(memory.scratch_push(&value, sizeof value));
    EXPECT_EQ(memory.scratch_top(), mark + sizeof value);
    EXPECT_EQ(std::string_view(reinterpret_cast<const char*>(memory.scratch_at(0)), 4), "head");
    std::uint64_t read = 0;
    std::memcpy(&read, memory.scratch_at(mark), sizeof read);
    EXPECT_EQ(read, value);
}

TEST(arena_scratch, nested_arrays_release_in_order) {
    // what a parser does with an array of arrays: each level marks, pushes, copies, releases
    arena memory;
    const std::uint16_t outer_first = 1;
    ASSERT_TRUE(memory.scratch_push(&outer_first, sizeof outer_first));
    const std::size_t outer_saved = memory.scratch_top();
    const std::size_t inner_mark = memory.scratch_mark(alignof(std::uint64_t));
    for (std::uint64_t v = 10; v < 15; ++v) ASSERT_TRUE(memory.scratch_push(&v, sizeof v));
    auto* inner = memory.allocate_array<std::uint64_t>(5);
    ASSERT_NE(inner, nullptr);
    std::memcpy(inner, memory.scratch_at(inner_mark), 5 * sizeof(std::uint64_t));
    memory.scratch_release(outer_saved);
    const std::uint16_t outer_second = 2;
    ASSERT_TRUE(memory.scratch_push(&outer_second, sizeof outer_second));

    EXPECT_EQ(memory.scratch_top(), 2 * sizeof(std::uint16_t));
    std::uint16_t outer[2] = {};
    std::memcpy(outer, memory.scratch_at(0), sizeof outer);
    EXPECT_EQ(outer[0], 1);
    EXPECT_EQ(outer[1], 2);
    for (std::uint64_t i = 0; i < 5; ++i) EXPECT_EQ(inner[i], 10 + i);
}

}  // namespace
