#pragma once
// A small JSON Schema validator for request bodies against the official Swagger 2.0 specs in
// ../shared/specs (TMF622, TMF673, DocuSign eSignature). Supports the subset those files use:
// $ref (#/definitions/...), allOf, type, required, properties, additionalProperties, items,
// enum, minItems/maxItems, minLength/maxLength, format date-time/date/uri.
//
// Usage:
//   auto spec = od::test::SpecValidator::fromFile(od::test::specPath("TMF622-..."));
//   QStringList problems = spec.validate(body, "ProductOrder_Create");   // empty: valid
// Strict mode (the default) also reports members the schema does not declare, so that a name
// the spec does not know (e.g. a characteristic on ProductOrderItem instead of its product)
// is caught although Swagger allows extra members.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <cmath>

namespace od::test {

/// Where the official specs are: $ORDERDESK_SPECS_DIR, else <source>/specs (kept in the tree).
inline QString specPath(const QString &file)
{
    QString dir = qEnvironmentVariable("ORDERDESK_SPECS_DIR");
#ifdef ORDERDESK_SOURCE_DIR
    if (dir.isEmpty())
        dir = QStringLiteral(ORDERDESK_SOURCE_DIR "/specs");
#endif
    return dir + QLatin1Char('/') + file;
}

class SpecValidator
{
public:
    struct Options
    {
        bool rejectUnknownProperties = true;
        int maxProblems = 50;
    };

    /// An empty validator (isValid() false) when the file cannot be read.
    static SpecValidator fromFile(const QString &path)
    {
        SpecValidator v;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return v;
        v.m_definitions = QJsonDocument::fromJson(f.readAll())
                              .object()
                              .value(QLatin1String("definitions"))
                              .toObject();
        return v;
    }
    bool isValid() const { return !m_definitions.isEmpty(); }
    bool hasDefinition(const QString &name) const { return m_definitions.contains(name); }

    /// Problems found, each "path: what"; empty when `value` is valid against `definition`.
    QStringList validate(const QJsonValue &value, const QString &definition,
                         const Options &options) const
    {
        QStringList problems;
        if (!m_definitions.contains(definition)) {
            problems << QStringLiteral("no definition %1 in the spec").arg(definition);
            return problems;
        }
        check(value, m_definitions.value(definition).toObject(), QStringLiteral("$"), options,
              &problems, 0);
        return problems;
    }
    QStringList validate(const QJsonValue &value, const QString &definition) const
    {
        return validate(value, definition, Options());
    }

private:
    QJsonObject resolve(const QJsonObject &schema, QString *error) const
    {
        QJsonObject s = schema;
        for (int guard = 0; guard < 32 && s.contains(QLatin1String("$ref")); ++guard) {
            const QString ref = s.value(QLatin1String("$ref")).toString();
            const QString prefix = QStringLiteral("#/definitions/");
            if (!ref.startsWith(prefix) || !m_definitions.contains(ref.mid(prefix.size()))) {
                *error = QStringLiteral("unresolved $ref %1").arg(ref);
                return {};
            }
            s = m_definitions.value(ref.mid(prefix.size())).toObject();
        }
        return s;
    }

    /// Declared member names, allOf parts included; false in *closed when anything goes.
    void collectProperties(const QJsonObject &schema, QSet<QString> *names, bool *closed,
                           int depth) const
    {
        if (depth > 16)
            return;
        QString error;
        const QJsonObject s = resolve(schema, &error);
        if (!error.isEmpty()) {
            *closed = false;
            return;
        }
        const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
        if (!additional.isUndefined() && additional != QJsonValue(false))
            *closed = false;
        const QJsonObject props = s.value(QLatin1String("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            names->insert(it.key());
        for (const QJsonValue &part : s.value(QLatin1String("allOf")).toArray())
            collectProperties(part.toObject(), names, closed, depth + 1);
    }

    static bool isDateTime(const QString &s)
    {
        static const QRegularExpression re(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$)"));
        return re.match(s).hasMatch();
    }

    void check(const QJsonValue &value, const QJsonObject &rawSchema, const QString &path,
               const Options &options, QStringList *problems, int depth) const
    {
        if (problems->size() >= options.maxProblems || depth > 64)
            return;
        QString error;
        const QJsonObject schema = resolve(rawSchema, &error);
        if (!error.isEmpty()) {
            *problems << path + QStringLiteral(": ") + error;
            return;
        }
        for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray())
            check(value, part.toObject(), path, Options{false, options.maxProblems}, problems,
                  depth + 1);

        const QString type = schema.value(QLatin1String("type")).toString();
        if (!type.isEmpty() && !hasType(value, type)) {
            *problems << QStringLiteral("%1: expected %2").arg(path, type);
            return;
        }
        if (schema.contains(QLatin1String("enum"))) {
            const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
            if (!allowed.contains(value))
                *problems << QStringLiteral("%1: %2 is not one of the allowed values")
                                 .arg(path, value.toVariant().toString());
        }
        if (value.isString()) {
            const QString s = value.toString();
            const QString format = schema.value(QLatin1String("format")).toString();
            if (format == QLatin1String("date-time") && !isDateTime(s))
                *problems << QStringLiteral("%1: \"%2\" is not a date-time").arg(path, s);
            if (format == QLatin1String("uri") && !QUrl(s, QUrl::StrictMode).isValid())
                *problems << QStringLiteral("%1: not a URI").arg(path);
            if (schema.contains(QLatin1String("maxLength")) &&
                s.size() > schema.value(QLatin1String("maxLength")).toInt())
                *problems << QStringLiteral("%1: longer than %2")
                                 .arg(path)
                                 .arg(schema.value(QLatin1String("maxLength")).toInt());
            if (schema.contains(QLatin1String("minLength")) &&
                s.size() < schema.value(QLatin1String("minLength")).toInt())
                *problems << QStringLiteral("%1: shorter than %2")
                                 .arg(path)
                                 .arg(schema.value(QLatin1String("minLength")).toInt());
        }
        if (value.isArray()) {
            const QJsonArray a = value.toArray();
            if (schema.contains(QLatin1String("minItems")) &&
                a.size() < schema.value(QLatin1String("minItems")).toInt())
                *problems << QStringLiteral("%1: fewer than %2 items")
                                 .arg(path)
                                 .arg(schema.value(QLatin1String("minItems")).toInt());
            if (schema.contains(QLatin1String("maxItems")) &&
                a.size() > schema.value(QLatin1String("maxItems")).toInt())
                *problems << QStringLiteral("%1: more than %2 items")
                                 .arg(path)
                                 .arg(schema.value(QLatin1String("maxItems")).toInt());
            const QJsonObject items = schema.value(QLatin1String("items")).toObject();
            if (!items.isEmpty())
                for (int i = 0; i < a.size(); ++i)
                    check(a.at(i), items, QStringLiteral("%1[%2]").arg(path).arg(i), options,
                          problems, depth + 1);
        }
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray())
                if (!o.contains(r.toString()))
                    *problems << QStringLiteral("%1: %2 is required").arg(path, r.toString());
            const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (props.contains(it.key()))
                    check(it.value(), props.value(it.key()).toObject(),
                          path + QLatin1Char('.') + it.key(), options, problems, depth + 1);
            if (options.rejectUnknownProperties) {
                QSet<QString> names;
                bool closed = true;
                collectProperties(rawSchema, &names, &closed, 0);
                // A schema with no declared members (e.g. "Any") takes anything.
                if (closed && !names.isEmpty())
                    for (auto it = o.begin(); it != o.end(); ++it)
                        if (!names.contains(it.key()))
                            *problems << QStringLiteral("%1: %2 is not a member the spec declares")
                                             .arg(path, it.key());
            }
            const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
            if (additional.isObject())
                for (auto it = o.begin(); it != o.end(); ++it)
                    if (!props.contains(it.key()))
                        check(it.value(), additional.toObject(), path + QLatin1Char('.') + it.key(),
                              options, problems, depth + 1);
        }
    }

    static bool hasType(const QJsonValue &v, const QString &type)
    {
        if (type == QLatin1String("object"))
            return v.isObject();
        if (type == QLatin1String("array"))
            return v.isArray();
        if (type == QLatin1String("string"))
            return v.isString();
        if (type == QLatin1String("boolean"))
            return v.isBool();
        if (type == QLatin1String("number"))
            return v.isDouble();
        if (type == QLatin1String("integer"))
            return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
        return true;
    }

    QJsonObject m_definitions;
};

} // namespace od::test
