// The window's scenario list: the tutorial comes first (where a new trainee starts), the others follow in
// file order, whichever file --scenario preselects.
#include "screens/catalog.h"

#include <doctest/doctest.h>

#include "screens/settings.h"

using namespace frontline;

TEST_CASE("the scenario list opens with the tutorial") {
    game::Catalog catalog;
    catalog.load(std::string(FRONTLINE_SOURCE_DIR) + "/scenarios");
    REQUIRE(catalog.scenarios().size() > 2);
    CHECK(catalog.scenarios().front().id == "tutorial");

    SUBCASE("also when another scenario is preselected (--scenario loads it first)") {
        game::Catalog preselected;
        preselected.load(std::string(FRONTLINE_SOURCE_DIR) + "/scenarios",
                         std::string(FRONTLINE_SOURCE_DIR) + "/scenarios/tm-crisis-2010.json");
        REQUIRE(preselected.scenarios().size() == catalog.scenarios().size());
        CHECK(preselected.scenarios().front().id == "tutorial");
        CHECK(preselected.scenarios()[1].id == "tm-crisis-2010");
    }
}
