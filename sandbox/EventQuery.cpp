#include "EventQuery.h"

#include "EventPlaces.h"
#include "Prng.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sandbox {
namespace {

std::optional<qint64> epochMs(const QUrlQuery &query, const QString &name, bool *present)
{
    *present = query.hasQueryItem(name);
    if (!*present)
        return std::nullopt;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QStringList csv(const QUrlQuery &query, const QString &name)
{
    QStringList values;
    for (const QString &item : query.allQueryItemValues(name, QUrl::FullyDecoded)) {
        for (const QString &part : item.split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                values.append(part.trimmed());
        }
    }
    return values;
}

QList<QPair<QString, QString>> locations(const QString &text)
{
    QList<QPair<QString, QString>> result;
    auto add = [&](const QJsonObject &object) {
        const QString city = object.value(QStringLiteral("city")).toString().trimmed().toLower();
        const QString country =
            object.value(QStringLiteral("countryName")).toString().trimmed().toLower();
        if (!city.isEmpty() || !country.isEmpty())
            result.append({city, country});
    };
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isArray()) {
        for (const QJsonValue &value : document.array())
            add(value.toObject());
    } else if (document.isObject()) {
        add(document.object());
    } else {
        for (const QString &pair : text.split(u';', Qt::SkipEmptyParts)) {
            const QStringList parts = pair.split(u',');
            result.append({parts.value(0).trimmed().toLower(), parts.value(1).trimmed().toLower()});
        }
    }
    return result;
}

bool containsText(const QString &haystack, const QString &text)
{
    return haystack.contains(text, Qt::CaseInsensitive);
}

} // namespace

std::optional<EventTimeRange> eventTimeRange(const QUrlQuery &query, QString *problem)
{
    EventTimeRange range;
    bool hasFrom = false;
    bool hasTo = false;
    const auto from = epochMs(query, QStringLiteral("from"), &hasFrom);
    const auto to = epochMs(query, QStringLiteral("to"), &hasTo);
    if ((hasFrom && !from) || (hasTo && !to)) {
        *problem = QStringLiteral("from and to must be times in milliseconds since 1970 (UTC).");
        return std::nullopt;
    }
    if (from)
        range.fromMs = *from;
    if (to)
        range.toMs = *to;
    if (range.fromMs > range.toMs) {
        *problem = QStringLiteral("from must not be after to.");
        return std::nullopt;
    }
    return range;
}

quint64 EventQuery::hash() const
{
    QString canonical = text + u'\x1f' + QString::number(range.fromMs) + u'\x1f' +
                        QString::number(range.toMs) + u'\x1f' + action + u'\x1f' +
                        actors.join(u',') + u'\x1f' + ips.join(u',') + u'\x1f';
    for (EventProduct product : products)
        canonical += eventProductName(product) + u',';
    for (const auto &[city, country] : locations)
        canonical += u'\x1f' + city + u'|' + country;
    quint64 h = 0x6576656e7473ULL;
    for (QChar c : canonical)
        h = Prng::mix(h ^ c.unicode());
    return h;
}

std::optional<EventQuery> parseEventQuery(const QUrlQuery &query, QString *problem,
                                          bool *timeProblem)
{
    *timeProblem = false;
    EventQuery result;
    const auto range = eventTimeRange(query, problem);
    if (!range) {
        *timeProblem = true;
        return std::nullopt;
    }
    result.range = *range;
    result.text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed().toLower();
    result.action = query.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded).trimmed();
    result.actors = csv(query, QStringLiteral("actor"));
    result.ips = csv(query, QStringLiteral("ip"));
    for (const QString &name : csv(query, QStringLiteral("product"))) {
        const EventProduct product = parseEventProduct(name);
        if (product == EventProduct::None) {
            *problem = QStringLiteral("product must be one or more of bitbucket, confluence, "
                                      "guard_detect, jira, loom; got \"%1\".")
                           .arg(name);
            return std::nullopt;
        }
        result.products.append(product);
    }
    const QString location = query.queryItemValue(QStringLiteral("location"), QUrl::FullyDecoded);
    if (!location.trimmed().isEmpty())
        result.locations = locations(location);
    return result;
}

std::vector<char> EventMatcher::marks(qsizetype count, const std::function<bool(int)> &match)
{
    std::vector<char> result(size_t(count), 0);
    for (int i = 0; i < count; ++i)
        result[size_t(i)] = match(i) ? 1 : 0;
    return result;
}

EventMatcher::EventMatcher(const EventQuery &query, const EventView &view)
    : m_view(view), m_text(query.text), m_products(query.products)
{
    const OrgData &org = view.org;
    const EventNames &names = view.log.names;
    if (!query.action.isEmpty()) {
        m_action = eventActionIndex(query.action);
        m_nothing = m_nothing || m_action < 0;
    }
    if (!query.actors.isEmpty()) {
        QSet<QString> wanted(query.actors.cbegin(), query.actors.cend());
        for (int i = 0; i < org.users.size(); ++i) {
            if (wanted.contains(org.users.at(i).accountId))
                m_actors.insert(i);
        }
        m_nothing = m_nothing || m_actors.isEmpty();
    }
    for (const QString &ip : query.ips) {
        if (const auto parsed = parseIp(ip))
            m_ips.insert(*parsed);
    }
    m_nothing = m_nothing || (!query.ips.isEmpty() && m_ips.isEmpty());
    if (!query.locations.isEmpty()) {
        m_anyPlace = false;
        m_places = marks(qsizetype(eventPlaces().size()), [&](int p) {
            const EventPlace &place = eventPlaces()[p];
            for (const auto &[city, country] : query.locations) {
                if ((city.isEmpty() || QString::fromUtf16(place.city).toLower() == city) &&
                    (country.isEmpty() || QString::fromUtf16(place.country).toLower() == country))
                    return true;
            }
            return false;
        });
    }
    if (m_text.isEmpty())
        return;
    const QString &t = m_text;
    m_textUsers = marks(org.users.size(), [&](int i) {
        return containsText(org.users.at(i).name, t) || containsText(org.users.at(i).email, t);
    });
    m_textActions = marks(EventActionCount, [&](int a) {
        const EventActionInfo &info = eventAction(a);
        return containsText(QLatin1String(info.id), t) ||
               containsText(QString::fromUtf16(info.displayName), t);
    });
    m_textGroups =
        marks(org.groups.size(), [&](int g) { return containsText(org.groups.at(g).name, t); });
    m_textPlaces = marks(qsizetype(eventPlaces().size()), [&](int p) {
        const EventPlace &place = eventPlaces()[p];
        return containsText(QString::fromUtf16(place.city), t) ||
               containsText(QString::fromUtf16(place.region), t) ||
               containsText(QString::fromUtf16(place.country), t);
    });
    m_textProducts =
        marks(org.products.size(), [&](int p) { return containsText(org.products.at(p).name, t); });
    m_textKeys =
        marks(names.keys.size(), [&](int k) { return containsText(names.keys.at(k).label, t); });
    m_textPolicies = marks(names.policies.size(),
                           [&](int p) { return containsText(names.policies.at(p).second, t); });
    m_textDomains = marks(names.domains.size(),
                          [&](int d) { return containsText(names.domains.at(d).name, t); });
    m_textTokens = marks(names.tokenLabels.size(),
                         [&](int l) { return containsText(names.tokenLabels.at(l), t); });
    static const QRegularExpression addressPart(QStringLiteral("^[0-9.]+$"));
    m_textIp = addressPart.match(t).hasMatch();
}

bool EventMatcher::matches(const EventRecord &record, quint32 index) const
{
    if (m_nothing)
        return false;
    if (m_action >= 0 && record.action != m_action)
        return false;
    if (!m_actors.isEmpty() && !m_actors.contains(record.actor))
        return false;
    if (!m_ips.isEmpty() && !m_ips.contains(record.ip))
        return false;
    if (!m_products.isEmpty() && !m_products.contains(eventProduct(record)))
        return false;
    if (!m_anyPlace && (record.place >= m_places.size() || !m_places[record.place]))
        return false;
    return m_text.isEmpty() || matchesText(record, index);
}

bool EventMatcher::matchesText(const EventRecord &record, quint32 index) const
{
    auto marked = [](const std::vector<char> &marks, int i) {
        return i >= 0 && size_t(i) < marks.size() && marks[size_t(i)];
    };
    if (marked(m_textActions, record.action) || marked(m_textUsers, record.actor) ||
        marked(m_textPlaces, record.place))
        return true;
    if (m_textIp) {
        auto it = m_ipMatches.find(record.ip);
        if (it == m_ipMatches.end())
            it = m_ipMatches.insert(record.ip, ipText(record.ip).contains(m_text));
        if (*it)
            return true;
    }
    if (record.hasDetail) {
        const EventDetail *detail = m_view.log.detail(index);
        return detail && detail->searchText.contains(m_text);
    }
    if (marked(m_textUsers, record.subject) ||
        (record.key > 0 && marked(m_textKeys, record.key - 1)))
        return true;
    switch (eventAction(record.action).target) {
    case EventTarget::Group:
        return marked(m_textGroups, record.target);
    case EventTarget::Product:
        return marked(m_textProducts, record.target);
    case EventTarget::ApiKey:
        return marked(m_textKeys, record.target);
    case EventTarget::Policy:
        return marked(m_textPolicies, record.target);
    case EventTarget::TokenLabel:
        return marked(m_textTokens, record.target);
    case EventTarget::Domain:
        return marked(m_textDomains, record.target);
    case EventTarget::None:
        break;
    }
    return false;
}

} // namespace sandbox
