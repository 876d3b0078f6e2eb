#include "EventPlaces.h"

#include "Prng.h"
#include "SeedNames.h"

#include <QHash>
#include <QStringList>

namespace sandbox {
namespace {

// The home cities of SeedNames first (a person's city is found here by name), then places
// people travel to. The address blocks are those of large consumer and business providers in
// each country.
// clang-format off
constexpr EventPlace kPlaces[] = {
    {u"Tokyo", u"Tokyo", u"Japan", 126, 15},
    {u"Osaka", u"Osaka", u"Japan", 133, 32},
    {u"Lagos", u"Lagos", u"Nigeria", 102, 89},
    {u"Abuja", u"Federal Capital Territory", u"Nigeria", 105, 112},
    {u"Madrid", u"Madrid", u"Spain", 88, 6},
    {u"Mexico City", u"Mexico City", u"Mexico", 189, 203},
    {u"Buenos Aires", u"Buenos Aires", u"Argentina", 181, 47},
    {u"Ho Chi Minh City", u"Ho Chi Minh City", u"Vietnam", 113, 161},
    {u"Hanoi", u"Hanoi", u"Vietnam", 14, 231},
    {u"Bengaluru", u"Karnataka", u"India", 49, 207},
    {u"Pune", u"Maharashtra", u"India", 103, 59},
    {u"Hyderabad", u"Telangana", u"India", 183, 82},
    {u"Stockholm", u"Stockholm County", u"Sweden", 83, 252},
    {u"Oslo", u"Oslo", u"Norway", 84, 208},
    {u"Copenhagen", u"Capital Region", u"Denmark", 87, 49},
    {u"Dubai", u"Dubai", u"United Arab Emirates", 94, 200},
    {u"Cairo", u"Cairo Governorate", u"Egypt", 197, 55},
    {u"Amman", u"Amman Governorate", u"Jordan", 46, 185},
    {u"São Paulo", u"São Paulo", u"Brazil", 177, 68},
    {u"Lisbon", u"Lisbon", u"Portugal", 85, 243},
    {u"Rio de Janeiro", u"Rio de Janeiro", u"Brazil", 187, 64},
    {u"Johannesburg", u"Gauteng", u"South Africa", 41, 13},
    {u"Cape Town", u"Western Cape", u"South Africa", 105, 224},
    {u"Warsaw", u"Masovia", u"Poland", 83, 24},
    {u"Kraków", u"Lesser Poland", u"Poland", 89, 64},
    {u"Shanghai", u"Shanghai", u"China", 116, 228},
    {u"Singapore", u"Singapore", u"Singapore", 118, 200},
    {u"Taipei", u"Taipei", u"Taiwan", 114, 34},
    {u"Seoul", u"Seoul", u"South Korea", 211, 234},
    {u"Busan", u"Busan", u"South Korea", 121, 151},
    {u"San Francisco", u"California", u"United States", 73, 93},
    {u"New York", u"New York", u"United States", 98, 116},
    {u"London", u"England", u"United Kingdom", 81, 2},
    {u"Sydney", u"New South Wales", u"Australia", 101, 188},
    {u"Austin", u"Texas", u"United States", 70, 114},
    {u"Toronto", u"Ontario", u"Canada", 99, 230},
    {u"Berlin", u"Berlin", u"Germany", 91, 64},
    {u"Paris", u"Île-de-France", u"France", 90, 84},
    {u"Munich", u"Bavaria", u"Germany", 84, 150},
    {u"Istanbul", u"Istanbul", u"Turkey", 78, 173},
    {u"Ankara", u"Ankara", u"Turkey", 88, 241},
    {u"Kyiv", u"Kyiv City", u"Ukraine", 93, 72},
    {u"Lviv", u"Lviv Oblast", u"Ukraine", 176, 36},
    // Where people travel or connect through.
    {u"Frankfurt am Main", u"Hesse", u"Germany", 80, 150},
    {u"Amsterdam", u"North Holland", u"Netherlands", 145, 53},
    {u"Dublin", u"Leinster", u"Ireland", 86, 40},
    {u"Chicago", u"Illinois", u"United States", 24, 15},
    {u"Seattle", u"Washington", u"United States", 50, 35},
    {u"Zurich", u"Zurich", u"Switzerland", 178, 197},
    {u"Barcelona", u"Catalonia", u"Spain", 83, 56},
    {u"Melbourne", u"Victoria", u"Australia", 124, 168},
};
// clang-format on

constexpr int kHomeCities = 43;

quint8 homePlace(const SeedUser &user)
{
    static const QHash<QString, int> byCity = [] {
        QHash<QString, int> map;
        for (int i = 0; i < kHomeCities; ++i)
            map.insert(QString::fromUtf16(kPlaces[i].city), i);
        return map;
    }();
    const auto all = cultures();
    if (user.culture >= all.size() || user.place >= all[user.culture].places.size())
        return 0;
    return quint8(byCity.value(QString::fromUtf16(all[user.culture].places[user.place].city), 0));
}

} // namespace

std::span<const EventPlace> eventPlaces()
{
    return kPlaces;
}

PersonPlaces personPlaces(const SeedUser &user, int userIndex, quint64 seed)
{
    PersonPlaces places;
    places.place[places.count++] = homePlace(user);
    Prng rng(Prng::derive(seed, quint64(userIndex), 0x706c616365)); // "place"
    const int extra = rng.chance(0.45) ? 0 : rng.chance(0.6) ? 1 : rng.chance(0.7) ? 2 : 3;
    for (int i = 0; i < extra; ++i) {
        const quint8 candidate = quint8(rng.below(quint32(std::size(kPlaces))));
        if (std::find(places.place, places.place + places.count, candidate) ==
            places.place + places.count)
            places.place[places.count++] = candidate;
    }
    return places;
}

quint32 personIp(quint8 place, int userIndex, int variant, quint64 seed)
{
    if (place == kNoPlace)
        return 0x7f000001;
    const EventPlace &p = kPlaces[place % std::size(kPlaces)];
    const quint64 h = Prng::mix(seed ^ Prng::mix(quint64(userIndex) * 0x9e3779b97f4a7c15ULL +
                                                 quint64(place) * 131 + quint64(variant)));
    const quint32 host = quint32(h & 0xffff);
    // Avoid .0 and .255 in the last byte: they read like network or broadcast addresses.
    const quint32 last = 1 + (host & 0xff) % 254;
    return (quint32(p.ipA) << 24) | (quint32(p.ipB) << 16) | (host & 0xff00) | last;
}

QString ipText(quint32 ip)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(ip >> 24)
        .arg((ip >> 16) & 0xff)
        .arg((ip >> 8) & 0xff)
        .arg(ip & 0xff);
}

std::optional<quint32> parseIp(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 ip = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const uint byte = part.toUInt(&ok);
        if (!ok || byte > 255)
            return std::nullopt;
        ip = (ip << 8) | byte;
    }
    return ip;
}

} // namespace sandbox
