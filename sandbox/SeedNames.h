#pragma once

#include <QString>

#include <span>

namespace sandbox {

// The raw material for seeded people: names from many cultures, where they live, and
// departments with job titles that belong to them. Pure data, no logic.

struct Place
{
    const char16_t *city;
    const char *timeZone;
};

struct Culture
{
    std::span<const char16_t *const> givenNames;
    std::span<const char16_t *const> familyNames;
    std::span<const Place> places;
    bool familyNameFirst; // display "Nguyễn Văn An" rather than "Văn An Nguyễn"
    int weight;           // relative share of the workforce
};

struct Department
{
    const char16_t *name;
    std::span<const char16_t *const> jobTitles;
    int weight;
};

std::span<const Culture> cultures();
std::span<const Department> departments();

} // namespace sandbox
