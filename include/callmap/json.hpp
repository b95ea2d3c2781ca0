// The JSON core in one include: strict reader, validation, typed parsing, writing.
#pragma once

#include "callmap/json/error_location.hpp"
#include "callmap/json/pretty.hpp"
#include "callmap/json/reader.hpp"
#include "callmap/json/validate.hpp"
#include "callmap/json/value_parser.hpp"
#include "callmap/json/writer.hpp"
#include "callmap/options.hpp"
#include "callmap/parse.hpp"
#include "callmap/types.hpp"
