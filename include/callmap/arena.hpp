// callmap::arena — the caller-owned memory that decoded strings and arrays live in.
//
// A monotonic bump allocator: allocation is a pointer bump, nothing is ever freed one by one
// and no destructor runs (everything stored here is trivially copyable and destructible).
// reset() makes all memory reusable; after a few parses of similar payloads it holds one block
// large enough for them and a parse allocates nothing from the heap.
//
// LIFETIME: every std::string_view and std::span that a parse hands out points into the input
// or into the arena. It dangles after the arena is reset or destroyed, or the input is freed.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <span>
#include <type_traits>
#include <utility>

namespace callmap {

class arena {
public:
    static constexpr std::size_t default_block_size = 16 * 1024;
    static constexpr std::size_t default_max_bytes = std::size_t{1} << 32;  // 4 GiB

    /// @param max_bytes upper bound on the memory this arena may hold (blocks + scratch);
    ///        exceeding it makes a parse fail with error_code::arena_limit_exceeded.
    explicit arena(std::size_t max_bytes = default_max_bytes) noexcept : max_bytes_(max_bytes) {}

    arena(const arena&) = delete;
    arena& operator=(const arena&) = delete;
    arena(arena&& other) noexcept { swap(other); }
    arena& operator=(arena&& other) noexcept {
        if (this != &other) {
            release();
            swap(other);
        }
        return *this;
    }
    ~arena() { release(); }

    /// `size` bytes aligned to `align` (a power of two), or nullptr when the limit is reached.
    void* allocate(std::size_t size, std::size_t align = alignof(std::max_align_t)) noexcept {
        const std::uintptr_t p = align_up(reinterpret_cast<std::uintptr_t>(cursor_), align);
        const std::uintptr_t e = reinterpret_cast<std::uintptr_t>(end_);
        if (cursor_ != nullptr && p <= e && size <= e - p) {
            cursor_ = reinterpret_cast<char*>(p) + size;
            return reinterpret_cast<void*>(p);
        }
        return allocate_slow(size, align);
    }

    /// Uninitialised storage for `count` objects of a trivially copyable type.
    template <class T>
    T* allocate_array(std::size_t count) noexcept {
        static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                      "the arena never runs destructors");
        if (count > std::numeric_limits<std::size_t>::max() / sizeof(T)) return nullptr;
        return static_cast<T*>(allocate(count * sizeof(T), alignof(T)));
    }

    /// A copy of `text` in the arena (nullptr if the limit is reached and text is non-empty).
    const char* copy(const char* text, std::size_t size) noexcept {
        if (size == 0) return "";
        auto* dst = static_cast<char*>(allocate(size, 1));
        if (dst != nullptr) std::memcpy(dst, text, size);
        return dst;
    }

    /// The unused end of the current block (empty before the first block): for a writer that
    /// learns how many bytes it needs only while it writes, such as a string decoded while it
    /// is scanned. Nothing is allocated until claim_tail(); any allocation before that may
    /// hand out the same bytes.
    std::span<char> unused_tail() noexcept {
        return {cursor_, static_cast<std::size_t>(end_ - cursor_)};
    }
    /// Allocates the first `size` bytes of unused_tail() (size <= its size; alignment 1).
    void claim_tail(std::size_t size) noexcept { cursor_ += size; }

    /// Makes all memory reusable. Every view into this arena dangles afterwards.
    /// Several blocks are merged into one so that the next parse of the same size needs none.
    void reset() noexcept {
        if (head_ != nullptr && head_->next != nullptr) {
            std::size_t total = capacity_;
            free_blocks();
            add_block(total);  // on failure the arena is simply empty
        }
        if (head_ != nullptr) {
            cursor_ = head_->data();
            end_ = cursor_ + head_->size;
        }
        scratch_size_ = 0;
    }

    /// Bytes in the blocks used since the last reset (including padding and unused block tails).
    std::size_t bytes_used() const noexcept {
        std::size_t used = 0;
        for (block* b = head_; b != nullptr; b = b->next) {
            used += (b == head_) ? static_cast<std::size_t>(cursor_ - b->data()) : b->size;
        }
        return used;
    }
    /// Bytes held from the heap: blocks plus scratch.
    std::size_t bytes_reserved() const noexcept { return capacity_ + scratch_capacity_; }
    std::size_t max_bytes() const noexcept { return max_bytes_; }
    void set_max_bytes(std::size_t max_bytes) noexcept { max_bytes_ = max_bytes; }

    // --- scratch stack: where an array's elements wait until its length is known -------------
    // Used by the parsers in callmap::json; offsets (not pointers) stay valid while it grows.

    /// Aligns the top of the scratch stack to `align` and returns it as a mark. Release to the
    /// scratch_top() taken before the mark, so that the padding does not stay behind.
    std::size_t scratch_mark(std::size_t align) noexcept {
        return scratch_size_ = align_up(scratch_size_, align);
    }
    /// Appends `size` bytes; false when the memory limit is reached.
    [[gnu::always_inline]] bool scratch_push(const void* data, std::size_t size) noexcept {
        const bool fits =
            scratch_size_ <= scratch_capacity_ && size <= scratch_capacity_ - scratch_size_;
        if (!fits && !grow_scratch(size)) return false;
        if (size != 0) std::memcpy(scratch_ + scratch_size_, data, size);  // scratch_ may be null
        scratch_size_ += size;
        return true;
    }
    const std::byte* scratch_at(std::size_t offset) const noexcept { return scratch_ + offset; }
    std::size_t scratch_top() const noexcept { return scratch_size_; }
    void scratch_release(std::size_t mark) noexcept { scratch_size_ = mark; }

private:
    struct block {
        block* next;
        std::size_t size;
        char* data() noexcept { return reinterpret_cast<char*>(this + 1); }
    };
    static_assert(sizeof(block) % alignof(std::max_align_t) == 0);

    static std::uintptr_t align_up(std::uintptr_t v, std::size_t align) noexcept {
        return (v + (align - 1)) & ~static_cast<std::uintptr_t>(align - 1);
    }

    void* allocate_slow(std::size_t size, std::size_t align) noexcept {
        if (size > max_bytes_ || size > std::numeric_limits<std::size_t>::max() - align) {
            return nullptr;  // also when size + align would wrap (a limit of SIZE_MAX)
        }
        std::size_t want = std::max({size + align, capacity_, default_block_size});
        if (!add_block(want) && !add_block(size + align)) return nullptr;
        std::uintptr_t p = align_up(reinterpret_cast<std::uintptr_t>(cursor_), align);
        cursor_ = reinterpret_cast<char*>(p) + size;
        return reinterpret_cast<void*>(p);
    }

    bool add_block(std::size_t size) noexcept {
        if (size > max_bytes_ || capacity_ + scratch_capacity_ > max_bytes_ - size) return false;
        if (size > std::numeric_limits<std::size_t>::max() - sizeof(block)) return false;
        void* mem = std::malloc(sizeof(block) + size);
        if (mem == nullptr) return false;
        auto* b = static_cast<block*>(mem);
        b->next = head_;
        b->size = size;
        head_ = b;
        capacity_ += size;
        cursor_ = b->data();
        end_ = cursor_ + size;
        return true;
    }

    bool grow_scratch(std::size_t extra) noexcept {
        const std::size_t need = scratch_size_ + extra;
        if (need < scratch_size_) return false;  // overflow
        const std::size_t room = capacity_ <= max_bytes_ ? max_bytes_ - capacity_ : 0;
        if (need > room) return false;
        const std::size_t cap =
            std::min(std::max<std::size_t>({need, scratch_capacity_ * 2, 4096}), room);
        auto* mem = static_cast<std::byte*>(std::malloc(cap));
        if (mem == nullptr) return false;
        const std::size_t live = std::min(scratch_size_, scratch_capacity_);  // excludes padding
        if (live != 0) std::memcpy(mem, scratch_, live);
        std::free(scratch_);
        scratch_ = mem;
        scratch_capacity_ = cap;
        return true;
    }

    void free_blocks() noexcept {
        while (head_ != nullptr) {
            block* next = head_->next;
            std::free(head_);
            head_ = next;
        }
        capacity_ = 0;
        cursor_ = end_ = nullptr;
    }

    void release() noexcept {
        free_blocks();
        std::free(scratch_);
        scratch_ = nullptr;
        scratch_size_ = scratch_capacity_ = 0;
    }

    void swap(arena& o) noexcept {
        std::swap(head_, o.head_);
        std::swap(cursor_, o.cursor_);
        std::swap(end_, o.end_);
        std::swap(capacity_, o.capacity_);
        std::swap(max_bytes_, o.max_bytes_);
        std::swap(scratch_, o.scratch_);
        std::swap(scratch_size_, o.scratch_size_);
        std::swap(scratch_capacity_, o.scratch_capacity_);
    }

    block* head_ = nullptr;  // newest block first; cursor_/end_ point into it
    char* cursor_ = nullptr;
    char* end_ = nullptr;
    std::size_t capacity_ = 0;
    std::size_t max_bytes_ = default_max_bytes;
    std::byte* scratch_ = nullptr;
    std::size_t scratch_size_ = 0;
    std::size_t scratch_capacity_ = 0;
};

}  // namespace callmap
