// Dependency order of the top-level mapping nodes (see mapping_order.hpp).
#include "mapping_order.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "canonical.hpp"

namespace callmap::gen {
namespace {

void collect(const model::value& e, std::vector<std::string>& out) {
    out.insert(out.end(), e.operands.begin(), e.operands.end());
    if (!e.relative_to.empty()) out.push_back(e.relative_to);
    if (!e.refine.empty()) out.push_back("end_reason");
    if (e.kind == value_expr::form::implied_by_status) out.push_back("status");
    for (const auto& item : e.items) collect(item, out);
}

void collect(const model::node& n, std::vector<std::string>& out) {
    collect(n.value, out);
    for (const auto& [name, value] : n.named) collect(value, out);
    for (const auto& child : n.children) collect(child, out);
}

bool is_leaf(const model::node& n) {
    const target_kind k = n.tgt->kind;
    return k != target_kind::group && k != target_kind::collection && k != target_kind::list &&
           k != target_kind::named_strings;
}

}  // namespace

std::vector<std::string> top_level_dependencies(const model::node& n) {
    std::vector<std::string> out;
    collect(n, out);
    return out;
}

std::optional<std::vector<const model::node*>> computation_order(const model::node& mapping,
                                                                 std::string* cycle) {
    std::map<std::string, const model::node*> by_name;
    for (const auto& n : mapping.children) by_name[n.tgt->name] = &n;
    std::vector<const model::node*> order;
    std::map<const model::node*, int> state;  // 1 visiting, 2 done
    std::vector<std::string> path;
    std::function<bool(const model::node&)> visit = [&](const model::node& n) {
        int& st = state[&n];
        if (st == 2) return true;
        if (st == 1) {
            if (cycle != nullptr) {
                const auto from = std::find(path.begin(), path.end(), n.tgt->name);
                cycle->clear();
                for (auto it = from; it != path.end(); ++it) *cycle += *it + " -> ";
                *cycle += n.tgt->name;
            }
            return false;
        }
        st = 1;
        path.push_back(n.tgt->name);
        for (const auto& dep : top_level_dependencies(n)) {
            const auto found = by_name.find(dep);
            if (found != by_name.end() && found->second != &n && !visit(*found->second))
                return false;
        }
        path.pop_back();
        state[&n] = 2;
        order.push_back(&n);
        return true;
    };
    // leaves first (in canonical order, each after what it reads), then groups and collections
    for (const bool leaves : {true, false}) {
        for (const auto& n : mapping.children) {
            if (is_leaf(n) == leaves && !visit(n)) return std::nullopt;
        }
    }
    return order;
}

}  // namespace callmap::gen
