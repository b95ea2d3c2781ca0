// Everything callmap offers, in one include.
#pragma once

#include "callmap/arena.hpp"
#include "callmap/builtin.hpp"
#include "callmap/call.hpp"
#include "callmap/error.hpp"
#include "callmap/json.hpp"
#include "callmap/mapping.hpp"
#include "callmap/normalize.hpp"
#include "callmap/supplement.hpp"
#include "callmap/time.hpp"
#include "callmap/version.hpp"
