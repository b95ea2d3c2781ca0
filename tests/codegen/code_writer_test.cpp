// code_writer: templates with $variables$, indentation, and lines kept within 100 columns.
#include "code_writer.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace {

using callmap::gen::code_writer;
using callmap::gen::cpp_string_literal;
using callmap::gen::wrap_line;

TEST(code_writer, substitutes_variables_and_dollar) {
    code_writer o;
    o.print("$type$ $name$ = $$1;\n", {{"type", "int"}, {"name", "count"}});
    EXPECT_EQ(o.text(), "int count = $1;\n");
}

TEST(code_writer, indents_every_line_of_a_value_but_not_directives_or_blank_lines) {
    code_writer o;
    o.indent();
    o.print("if (x) {\n$body$\n}\n\n#endif\n", {{"body", "    a();\n    b();"}});
    EXPECT_EQ(o.text(), "    if (x) {\n        a();\n        b();\n    }\n\n#endif\n");
    o.outdent();
    o.print("c();\n");
    EXPECT_EQ(o.text().substr(o.text().size() - 5), "c();\n");
}

TEST(code_writer, a_missing_variable_or_unclosed_dollar_is_a_bug_in_the_emitter) {
    code_writer o;
    EXPECT_THROW(o.print("$name$\n"), std::logic_error);
    EXPECT_THROW(o.print("price in $\n"), std::logic_error);
}

TEST(code_writer, fits_counts_the_indentation) {
    code_writer o;
    EXPECT_TRUE(o.fits(std::string(100, 'x')));
    o.indent();
    EXPECT_FALSE(o.fits(std::string(97, 'x')));
    EXPECT_TRUE(o.fits(std::string(96, 'x')));
}

TEST(wrap_line, leaves_a_short_line_alone) {
    EXPECT_EQ(wrap_line("    if (a && b) c();", 100), "    if (a && b) c();");
}

TEST(wrap_line, breaks_after_the_shallowest_separator_aligned_to_its_bracket) {
    const std::string line = "    if (in.data && in.data->telephony_identifier && "
                             "in.data->telephony_identifier->call_sid) return false;";
    EXPECT_EQ(wrap_line(line, 80),
              "    if (in.data && in.data->telephony_identifier &&\n"
              "        in.data->telephony_identifier->call_sid) return false;");
}

TEST(wrap_line, never_breaks_inside_a_string_literal_or_template_arguments) {
    const std::string line = "    f(\"a, b, c, d, e, f, g\", std::array<int, 3>{1, 2, 3}, last);";
    EXPECT_EQ(wrap_line(line, 41), "    f(\"a, b, c, d, e, f, g\",\n"
                                   "      std::array<int, 3>{1, 2, 3}, last);");
}

TEST(wrap_line, breaks_a_comment_between_words) {
    EXPECT_EQ(wrap_line("    // one two three four", 16),
              "    // one two\n    // three\n    // four");
}

TEST(cpp_string_literal, keeps_utf8_and_escapes_the_rest) {
    EXPECT_EQ(cpp_string_literal("Bland AI \xe2\x80\x94 calls"), "\"Bland AI \xe2\x80\x94 calls\"");
    EXPECT_EQ(cpp_string_literal("a\"b\\c\n\t"), "\"a\\\"b\\\\c\\n\\t\"");
    // a hex escape takes every hex digit after it, so the literal is split before one
    EXPECT_EQ(cpp_string_literal("\x01"
                                 "a!"),
              "\"\\x01\"\"a!\"");
    EXPECT_EQ(cpp_string_literal("\x01!"), "\"\\x01!\"");
    // bytes that are not UTF-8 (a lone continuation byte, an overlong form) are escaped
    EXPECT_EQ(cpp_string_literal("\x80 \xc0\xaf"), "\"\\x80 \\xc0\\xaf\"");
}

}  // namespace
