#pragma once

#include "OrgData.h"

#include <QString>

#include <span>

namespace sandbox {

// Where audit-log events come from: cities with their region, country and an address block
// of an internet provider there, so that a person's events come from a handful of places and
// addresses that stay the same from one event to the next.
struct EventPlace
{
    const char16_t *city;
    const char16_t *region;
    const char16_t *country;
    quint8 ipA, ipB; // the place's addresses are ipA.ipB.x.y
};

constexpr quint8 kNoPlace = 0xff; // a loopback caller: the sandbox's own writes

std::span<const EventPlace> eventPlaces();

// The places a person works from, home first: one to four.
struct PersonPlaces
{
    quint8 place[4];
    int count = 0;
};
PersonPlaces personPlaces(const SeedUser &user, int userIndex, quint64 seed);

// A person's address at one of their places: the same person, place and variant (home, phone,
// office...) give the same address.
quint32 personIp(quint8 place, int userIndex, int variant, quint64 seed);

QString ipText(quint32 ip); // "81.2.69.160"
std::optional<quint32> parseIp(const QString &text);

} // namespace sandbox
