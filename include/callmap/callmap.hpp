// Everything callmap offers, in one include.
#pragma once

#include "callmap/arena.hpp"
#include "callmap/error.hpp"
#include "callmap/json.hpp"
#include "callmap/version.hpp"
