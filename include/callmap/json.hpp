// The JSON core in one include: strict reader, validation, typed parsing, writing.
#pragma once

#include "callmap/json/error_location.hpp"
#include "callmap/json/options.hpp"
#include "callmap/json/parse.hpp"
#include "callmap/json/pretty.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/types.hpp"
#include "callmap/json/validate.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/json/writer.hpp"
