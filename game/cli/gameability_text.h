// The "Can it be gamed?" section of `frontline explore`: naive policies and random play, in zh or en.
#pragma once
#include <string>

#include "core/explorer.h"

namespace frontline::cli {

std::string renderGameability(const core::ExplorationResult& result, const core::Rubric& rubric,
                              const std::string& locale);

}  // namespace frontline::cli
