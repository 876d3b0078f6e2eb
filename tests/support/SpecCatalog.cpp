#include "SpecCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

const QStringList HttpMethods = {QStringLiteral("get"),    QStringLiteral("put"),
                                 QStringLiteral("post"),   QStringLiteral("delete"),
                                 QStringLiteral("patch"),  QStringLiteral("head"),
                                 QStringLiteral("options")};

QString mediaType(const QString &contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

// "application/json" matches "application/json", "application/*" and "*/*" in the spec.
QJsonValue schemaFor(const QJsonObject &content, const QString &contentType)
{
    const QString wanted = mediaType(contentType);
    const QString anySubtype = wanted.section(QLatin1Char('/'), 0, 0) + QStringLiteral("/*");
    for (const QString &candidate : {wanted, anySubtype, QStringLiteral("*/*")}) {
        for (auto it = content.begin(); it != content.end(); ++it) {
            if (mediaType(it.key()) == candidate)
                return it.value().toObject().value(QStringLiteral("schema"));
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

QString SpecOperation::describe() const
{
    if (!spec)
        return QStringLiteral("no operation");
    return method + QLatin1Char(' ') + pathTemplate + QStringLiteral(" in ") + spec->fileName;
}

SpecCatalog::SpecCatalog() = default;
SpecCatalog::~SpecCatalog() = default;

bool SpecCatalog::load(const QString &fileName, QString *error)
{
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return setError(fileName + QStringLiteral(": ") + file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return setError(fileName + QStringLiteral(": ") + parseError.errorString());

    const QJsonObject root = document.object();
    auto spec = std::make_unique<OpenApiSpec>();
    spec->fileName = QFileInfo(fileName).fileName();
    const QString server = root.value(QStringLiteral("servers"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("url"))
                               .toString();
    spec->basePath = QUrl(server).path();
    while (spec->basePath.endsWith(QLatin1Char('/')))
        spec->basePath.chop(1);
    spec->validator = JsonSchemaValidator(root);

    static const QRegularExpression parameter(QStringLiteral("\\{([^}/]+)\\}"));
    const QJsonObject paths = root.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        Route route{spec.get(), {}, path.key(), {}, {}, 0, {}};
        QString pattern;
        qsizetype last = 0;
        for (const QRegularExpressionMatch &match : parameter.globalMatch(path.key())) {
            pattern +=
                QRegularExpression::escape(path.key().mid(last, match.capturedStart() - last));
            pattern += QStringLiteral("([^/]+)");
            route.parameterNames.append(match.captured(1));
            last = match.capturedEnd();
        }
        pattern += QRegularExpression::escape(path.key().mid(last));
        route.pattern =
            QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(spec->basePath) +
                               pattern + QLatin1Char('$'));
        for (const QString &segment : path.key().split(QLatin1Char('/'), Qt::SkipEmptyParts))
            route.literalSegments += segment.contains(QLatin1Char('{')) ? 0 : 1;

        const QJsonObject item = path.value().toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (!HttpMethods.contains(it.key()))
                continue; // "parameters", "summary"...
            route.method = it.key().toUpper();
            route.operation = it.value().toObject();
            m_routes.push_back(route);
        }
    }
    m_specs.push_back(std::move(spec));
    return true;
}

bool SpecCatalog::loadDirectory(const QString &path, QString *error)
{
    const QDir directory(path);
    const QStringList names = directory.entryList({QStringLiteral("*.json")}, QDir::Files);
    if (names.isEmpty()) {
        if (error)
            *error = path + QStringLiteral(": no OpenAPI documents");
        return false;
    }
    for (const QString &name : names) {
        if (!load(directory.filePath(name), error))
            return false;
    }
    return true;
}

SpecOperation SpecCatalog::find(const QString &method, const QString &requestPath) const
{
    const Route *best = nullptr;
    QRegularExpressionMatch bestMatch;
    for (const Route &route : m_routes) {
        if (route.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        const QRegularExpressionMatch match = route.pattern.match(requestPath);
        if (match.hasMatch() && (!best || route.literalSegments > best->literalSegments)) {
            best = &route;
            bestMatch = match;
        }
    }
    SpecOperation found;
    if (!best)
        return found;
    found.spec = best->spec;
    found.method = best->method;
    found.pathTemplate = best->pathTemplate;
    found.operation = best->operation;
    for (qsizetype i = 0; i < best->parameterNames.size(); ++i)
        found.pathParameters.insert(best->parameterNames.at(i), bestMatch.captured(int(i) + 1));
    return found;
}

SpecResponse SpecCatalog::response(const SpecOperation &operation, int status,
                                   const QString &contentType) const
{
    SpecResponse answer;
    if (!operation.isValid())
        return answer;
    const QJsonObject responses = operation.operation.value(QStringLiteral("responses")).toObject();
    const QString exact = QString::number(status);
    const QString range = exact.left(1) + QStringLiteral("XX");
    for (const QString &key : {exact, range, range.toLower(), QStringLiteral("default")}) {
        if (responses.contains(key)) {
            answer.documented = true;
            answer.statusKey = key;
            break;
        }
    }
    if (!answer.documented)
        return answer;
    const JsonSchemaValidator &validator = operation.spec->validator;
    const QJsonObject content = validator.resolve(responses.value(answer.statusKey))
                                    .toObject()
                                    .value(QStringLiteral("content"))
                                    .toObject();
    answer.contentTypes = content.keys();
    answer.schema = schemaFor(content, contentType);
    return answer;
}

QJsonValue SpecCatalog::requestBody(const SpecOperation &operation, const QString &contentType,
                                    bool *required) const
{
    const QJsonObject body =
        operation.isValid() ? operation.spec->validator
                                  .resolve(operation.operation.value(QStringLiteral("requestBody")))
                                  .toObject()
                            : QJsonObject();
    if (required)
        *required = body.value(QStringLiteral("required")).toBool();
    return schemaFor(body.value(QStringLiteral("content")).toObject(), contentType);
}

QStringList SpecCatalog::operations() const
{
    QStringList list;
    for (const Route &route : m_routes)
        list.append(route.method + QLatin1Char(' ') + route.spec->basePath + route.pathTemplate);
    return list;
}
