#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sandbox {

// The one SCIM filter the service takes (CATALOG §3): `attribute eq "value"` on one of the
// attributes a resource allows. Anything else is an invalidFilter.
struct ScimFilter
{
    QString attribute; // as the resource spells it ("userName"), whatever case was sent
    QString value;

    // Nothing, with the reason in *error, when the text is not such a filter.
    static std::optional<ScimFilter> parse(const QString &text, const QStringList &attributes,
                                           QString *error);
};

} // namespace sandbox
