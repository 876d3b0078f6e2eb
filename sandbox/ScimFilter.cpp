#include "ScimFilter.h"

#include <QRegularExpression>

namespace sandbox {

std::optional<ScimFilter> ScimFilter::parse(const QString &text, const QStringList &attributes,
                                            QString *error)
{
    static const QRegularExpression form(
        QStringLiteral("^\\s*([A-Za-z][\\w.:-]*)\\s+(\\w+)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch()) {
        *error = QStringLiteral("The filter \"%1\" is not supported: use attribute eq \"value\".")
                     .arg(text);
        return std::nullopt;
    }
    if (match.captured(2).compare(QLatin1String("eq"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("The operator \"%1\" is not supported: only eq is.")
                     .arg(match.captured(2));
        return std::nullopt;
    }
    for (const QString &attribute : attributes) {
        if (attribute.compare(match.captured(1), Qt::CaseInsensitive) == 0) {
            QString value = match.captured(3);
            value.replace(QLatin1String("\\\""), QLatin1String("\""));
            value.replace(QLatin1String("\\\\"), QLatin1String("\\"));
            return ScimFilter{attribute, value};
        }
    }
    *error = QStringLiteral("Filtering on \"%1\" is not supported: only on %2.")
                 .arg(match.captured(1), attributes.join(QStringLiteral(" or ")));
    return std::nullopt;
}

} // namespace sandbox
