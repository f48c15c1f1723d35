#include "core/dataset/datasetloader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include "core/json/jsondom.h"
#include "core/util/background.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cctype>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <unordered_map>
#include <vector>

QString Problem::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    if (!pointer.isNull())
        return QStringLiteral("%1: %2: %3").arg(file, pointer.isEmpty() ? QStringLiteral("/") : pointer, message);
    return QStringLiteral("%1: %2").arg(file, message);
}

namespace {

QString escapeKey(QString key)
{
    key.replace(QLatin1Char('~'), QLatin1String("~0"));
    key.replace(QLatin1Char('/'), QLatin1String("~1"));
    return key;
}

QString child(const QString &ptr, const QString &key)
{
    return ptr + QLatin1Char('/') + escapeKey(key);
}

QString child(const QString &ptr, qsizetype index)
{
    return ptr + QLatin1Char('/') + QString::number(index);
}

// A place in the dataset: a value of the document, and below it a path of names that are
// not there (a missing field). It becomes a JSON pointer only when a problem is reported,
// so reading a valid dataset builds no pointer at all.
class Where
{
public:
    Where() = default;
    Where(const QString &pointer) : m_below(pointer) { }
    Where(const Json::Value &value) : m_value(value) { }
    Where(const Json::Object &object) : m_value(object.toValue()) { }

    Where below(QLatin1String key) const
    {
        if (m_below.isNull()) {
            const Json::Value v = m_value.toObject().value(key);
            if (!v.isUndefined())
                return Where(v);
        }
        Where w = *this;
        w.m_below = m_below + QLatin1Char('/') + escapeKey(QString(key));
        return w;
    }
    Where below(const QString &key) const
    {
        const QByteArray latin1 = key.toLatin1();
        if (QString::fromLatin1(latin1) == key)
            return below(QLatin1String(latin1));
        Where w = *this;
        w.m_below = m_below + QLatin1Char('/') + escapeKey(key);
        return w;
    }
    Where below(qsizetype index) const
    {
        if (m_below.isNull()) {
            const Json::Value v = m_value.toArray().at(index);
            if (!v.isUndefined())
                return Where(v);
        }
        Where w = *this;
        w.m_below = m_below + QLatin1Char('/') + QString::number(index);
        return w;
    }
    QString toString() const { return m_value.pointer() + m_below; }

private:
    Json::Value m_value; // undefined: the root, or m_below is the whole pointer
    QString m_below;
};

Where child(const Where &where, const QString &key)
{
    return where.below(key);
}

Where child(const Where &where, QLatin1String key)
{
    return where.below(key);
}

Where child(const Where &where, qsizetype index)
{
    return where.below(index);
}

QString typeName(const Json::Value &v)
{
    switch (v.type()) {
    case Json::Type::Null: return DatasetLoader::tr("null");
    case Json::Type::Bool: return DatasetLoader::tr("a boolean");
    case Json::Type::Double: return DatasetLoader::tr("a number");
    case Json::Type::String: return DatasetLoader::tr("a string");
    case Json::Type::Array: return DatasetLoader::tr("an array");
    case Json::Type::Object: return DatasetLoader::tr("an object");
    case Json::Type::Undefined: break;
    }
    return DatasetLoader::tr("nothing");
}

// Line and column (1-based, column in characters) of a byte offset.
void locate(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = int(QString::fromUtf8(data.constData() + lineStart, offset - lineStart).size()) + 1;
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    return re;
}
// ^[a-z0-9][a-z0-9.-]*$, as idPattern().
bool isPlainId(const QString &id)
{
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'.' && c != u'-')))
            return false;
    }
    return !id.isEmpty();
}

const QRegularExpression &sourceIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Z][A-Z0-9]*$"));
    return re;
}
// Pointers are built only for problems: a reference keeps its parent's pointer (shared,
// not copied) and its key, and resolve() joins them when the reference dangles.
struct PendingRef
{
    enum class Kind { Family, FamilyOrTie, Status, Source, Model, Benchmark, Figure, ClaimCheck, Section, Dimension, Mode, Outcome, AnticipationCheck, Device, Precision };
    Kind kind;
    QString id;
    Where place;
    const char *key = nullptr;
    Where where() const { return key ? child(place, QLatin1String(key)) : place; }
};

bool isLanguageCode(const QString &code)
{
    // ^[a-z]{2,3}(_[A-Z]{2})?$ without a regular expression: it runs for every text.
    const qsizetype n = code.size();
    auto lower = [&code](qsizetype i) { return code.at(i) >= QLatin1Char('a') && code.at(i) <= QLatin1Char('z'); };
    auto upper = [&code](qsizetype i) { return code.at(i) >= QLatin1Char('A') && code.at(i) <= QLatin1Char('Z'); };
    qsizetype letters = 0;
    while (letters < n && letters < 3 && lower(letters))
        ++letters;
    if (letters < 2)
        return false;
    if (letters == n)
        return true;
    return n == letters + 3 && code.at(letters) == QLatin1Char('_') && upper(letters + 1) && upper(letters + 2);
}

struct PendingPassage
{
    PassageRef ref;
    Where pointer;
};

class Reader
{
public:
    Reader(QList<Problem> &problems, const QString &file)
        : m_problems(problems), m_file(file)
    {
    }

    QStringList languages{QStringLiteral("en")};
    Json::StringCache cache;
    // The families' and statuses' ids by their UTF-8 bytes, once they are read.
    using Ids = std::unordered_map<std::string_view, QString>;
    Ids familyIds, statusIds;

    template<typename T>
    void setIds(Ids *ids, const QList<T> &items)
    {
        for (const T &item : items) {
            if (item.id.isEmpty())
                continue;
            m_idBytes.append(item.id.toUtf8());
            ids->emplace(std::string_view(m_idBytes.constLast().constData(), size_t(m_idBytes.constLast().size())), item.id);
        }
    }

    // The id in ids that a string value names, shared; else a problem at where.
    QString knownId(const Ids &ids, const Json::Value &value, const Where &where, const QString &what)
    {
        std::string_view bytes;
        if (value.bytes(&bytes)) {
            const auto it = ids.find(bytes);
            if (it != ids.end())
                return it->second;
        }
        return unknownId(ids, value.toString(&cache), where, what);
    }
    // The same for a member's name.
    QString knownKey(const Ids &ids, const Json::Object::const_iterator &member, const Where &where, const QString &what)
    {
        std::string_view bytes;
        if (member.keyBytes(&bytes)) {
            const auto it = ids.find(bytes);
            if (it != ids.end())
                return it->second;
        }
        return unknownId(ids, member.key(&cache), where, what);
    }
    QString unknownId(const Ids &ids, const QString &id, const Where &where, const QString &what)
    {
        for (const auto &entry : ids) { // an escaped spelling of a known id
            if (entry.second == id)
                return entry.second;
        }
        if (id.trimmed().isEmpty())
            error(where, DatasetLoader::tr("must not be empty"));
        else
            error(where, DatasetLoader::tr("unknown %1 \"%2\"").arg(what, id));
        return id;
    }
    void setLanguages(const QStringList &list)
    {
        languages = list;
        m_languageBytes.clear();
        for (const QString &l : list)
            m_languageBytes.append(l.toLatin1());
    }
    QList<PendingRef> refs;
    QList<PendingPassage> passages;

    // Whether no more problems are kept: a caller skips working out a problem's place then.
    bool full() const { return m_problems.size() >= DatasetLoader::MaxProblems; }

    void error(const Where &where, const QString &message)
    {
        if (full())
            return;
        const QString pointer = where.toString();
        Problem p;
        p.file = m_file;
        p.pointer = pointer.isEmpty() ? QStringLiteral("/") : pointer;
        p.message = message;
        m_problems.append(p);
    }

    bool expect(const Json::Value &v, Json::Type type, const Where &ptr, const char *what)
    {
        if (v.type() == type)
            return true;
        error(ptr, DatasetLoader::tr("expected %1, found %2").arg(QLatin1String(what), typeName(v)));
        return false;
    }

    // The same for the value at ptr/key, whose pointer is built only when it is wrong.
    bool expectAt(const Json::Value &v, Json::Type type, const Where &ptr, const char *key, const char *what)
    {
        return v.type() == type || expect(v, type, child(ptr, QLatin1String(key)), what);
    }

    // Reports missing required keys and keys the format does not know, in one pass over
    // the object: no set is built for each of the dataset's objects.
    void checkKeys(const Json::Object &o, const Where &ptr, std::initializer_list<const char *> required,
                   std::initializer_list<const char *> optional)
    {
        checkKeysIn(o, ptr, required, optional);
    }
    // The same with the names in any two ranges of const char * (the top level's table),
    // taken by value: the lists of a call are constants the compiler can fold in.
    template<typename Required, typename Optional>
    void checkKeysIn(const Json::Object &o, const Where &ptr, Required required, Optional optional)
    {
        Q_ASSERT(required.size() <= 64);
        quint64 present = 0;
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            int bit = 0;
            for (const char *k : required) {
                if (it.keyIs(QLatin1String(k))) {
                    present |= quint64(1) << bit;
                    known = true;
                    break;
                }
                ++bit;
            }
            for (auto k = optional.begin(); !known && k != optional.end(); ++k)
                known = it.keyIs(QLatin1String(*k));
            // The member's own place: finding it again by name would make a wide object
            // quadratic.
            if (!known && !full())
                error(Where(it.value()), DatasetLoader::tr("unknown field \"%1\"").arg(it.key()));
        }
        int bit = 0;
        for (const char *k : required) {
            if (!(present & (quint64(1) << bit)))
                error(ptr, DatasetLoader::tr("missing required field \"%1\"").arg(QLatin1String(k)));
            ++bit;
        }
    }

    // One pass over an object whose fields are few and read once: each named field's value
    // is stored (undefined if absent); unknown and missing fields are problems.
    struct Field
    {
        QLatin1String name;
        Json::Value *value;
        bool required;
    };
    void fields(const Json::Object &o, const Where &ptr, std::initializer_list<Field> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const auto field = std::find_if(known.begin(), known.end(),
                                            [&it](const Field &f) { return it.keyIs(f.name); });
            if (field != known.end())
                *field->value = it.value();
            else if (!full())
                error(Where(it.value()), DatasetLoader::tr("unknown field \"%1\"").arg(it.key()));
        }
        for (const Field &f : known) {
            if (f.required && f.value->isUndefined())
                error(ptr, DatasetLoader::tr("missing required field \"%1\"").arg(f.name));
        }
    }

    Json::Object object(const Json::Value &v, const Where &ptr)
    {
        return expect(v, Json::Type::Object, ptr, "an object") ? v.toObject() : Json::Object();
    }

    Json::Array array(const Json::Object &o, const Where &ptr, const char *key, bool required)
    {
        const Json::Value v = o.value(QLatin1String(key));
        if (v.isUndefined() || (!required && v.isNull()))
            return {};
        return expectAt(v, Json::Type::Array, ptr, key, "an array") ? v.toArray() : Json::Array();
    }

    QString string(const Json::Object &o, const Where &ptr, const char *key, bool required = true)
    {
        const Json::Value v = o.value(QLatin1String(key));
        if (v.isUndefined() || (!required && v.isNull()))
            return {};
        if (!expectAt(v, Json::Type::String, ptr, key, "a string"))
            return {};
        QString value = v.toString(&cache);
        if (required && value.trimmed().isEmpty())
            error(child(ptr, QLatin1String(key)), DatasetLoader::tr("must not be empty"));
        return value;
    }

    QString id(const Json::Object &o, const Where &ptr, const char *key = "id",
               const QRegularExpression &pattern = idPattern())
    {
        const QString value = string(o, ptr, key);
        // The common pattern is checked by hand: it runs for every id, on two threads at once.
        const bool plain = &pattern == &idPattern();
        if (!value.isEmpty() && (plain ? !isPlainId(value) : !pattern.match(value).hasMatch()))
            error(child(ptr, QLatin1String(key)),
                  DatasetLoader::tr("\"%1\" is not a valid id (expected %2)").arg(value, pattern.pattern()));
        return value;
    }

    void reference(PendingRef::Kind kind, const QString &value, const Where &ptr)
    {
        if (!value.isEmpty())
            refs.append({kind, value, ptr});
    }

    QString refField(const Json::Object &o, const Where &ptr, const char *key, PendingRef::Kind kind,
                     bool required = true)
    {
        const QString value = string(o, ptr, key, required);
        if (!value.isEmpty())
            refs.append({kind, value, ptr, key});
        return value;
    }

    // An array of source ids at ptr/key, each a reference to check.
    QStringList sourceIds(const Json::Object &o, const Where &ptr, const char *key, bool required)
    {
        QStringList ids;
        const Json::Array a = array(o, ptr, key, required);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const Where sp(a.at(i)); // (finding it by index again would make a long array quadratic)
            if (expect(a.at(i), Json::Type::String, sp, "a source id")) {
                ids.append(a.at(i).toString());
                reference(PendingRef::Kind::Source, ids.constLast(), sp);
            }
        }
        return ids;
    }

    // A date string at ptr/key that re must match; expected names the form in the message.
    QString date(const Json::Object &o, const Where &ptr, const char *key, bool required, const QRegularExpression &re,
                 const QString &expected)
    {
        const QString value = string(o, ptr, key, required);
        if (!value.isEmpty() && !re.match(value).hasMatch())
            error(child(ptr, QLatin1String(key)), DatasetLoader::tr("\"%1\" is not a date %2").arg(value, expected));
        return value;
    }

    // The text at ptr/key (key null: at ptr itself); pointers are built only for problems.
    LocalizedText textValue(const Json::Value &v, const Where &ptr, const char *key = nullptr)
    {
        LocalizedText t;
        auto here = [&ptr, key] { return key ? child(ptr, QLatin1String(key)) : ptr; };
        if (!v.isObject()) {
            expect(v, Json::Type::Object, here(), "a text (an object of languages)");
            return t;
        }
        const Json::Object o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            // The dataset's languages are matched on the bytes: their names are shared.
            qsizetype known = 0;
            while (known < m_languageBytes.size() && !it.keyIs(QLatin1String(m_languageBytes.at(known))))
                ++known;
            const QString language = known < languages.size() ? languages.at(known) : it.key();
            if (known == languages.size() && !isLanguageCode(language)) {
                error(child(here(), language), DatasetLoader::tr("\"%1\" is not a language code").arg(language));
                continue;
            }
            const Json::Value value = it.value();
            if (value.isString())
                t.set(language, value.toString(&cache));
            else
                expect(value, Json::Type::String, child(here(), language), "a string");
        }
        for (const QString &lang : std::as_const(languages)) {
            if (!t.has(lang))
                error(here(), DatasetLoader::tr("no %1 text").arg(lang));
        }
        return t;
    }

    LocalizedText text(const Json::Object &o, const Where &ptr, const char *key, bool required = true)
    {
        const Json::Value v = o.value(QLatin1String(key));
        if (v.isUndefined() || (!required && v.isNull()))
            return {};
        return textValue(v, ptr, key);
    }

    std::optional<double> number(const Json::Object &o, const Where &ptr, const char *key, bool required,
                                 double min = -1e300, double max = 1e300)
    {
        const Json::Value v = o.value(QLatin1String(key));
        if (v.isUndefined() || (!required && v.isNull()))
            return std::nullopt;
        if (!expectAt(v, Json::Type::Double, ptr, key, "a number"))
            return std::nullopt;
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max) {
            error(child(ptr, QLatin1String(key)), DatasetLoader::tr("%1 is out of range [%2, %3]").arg(d).arg(min).arg(max));
            return std::nullopt;
        }
        return d;
    }

    bool boolean(const Json::Object &o, const Where &ptr, const char *key, bool fallback)
    {
        const Json::Value v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        return expect(v, Json::Type::Bool, child(ptr, QLatin1String(key)), "true or false") ? v.toBool() : fallback;
    }

    QString oneOf(const Json::Object &o, const Where &ptr, const char *key, const QStringList &allowed,
                  bool required = true)
    {
        const QString value = string(o, ptr, key, required);
        if (!value.isEmpty() && !allowed.contains(value))
            error(child(ptr, QLatin1String(key)),
                  DatasetLoader::tr("\"%1\" is not one of %2").arg(value, allowed.join(QStringLiteral(", "))));
        return value;
    }

    QColor color(const Json::Object &o, const Where &ptr, const char *key)
    {
        static const QRegularExpression re(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        const QString value = string(o, ptr, key);
        if (value.isEmpty())
            return {};
        if (!re.match(value).hasMatch()) {
            error(child(ptr, QLatin1String(key)), DatasetLoader::tr("\"%1\" is not a colour #RRGGBB").arg(value));
            return {};
        }
        return QColor(value);
    }

    PassageRef ref(const Json::Object &o, const Where &ptr, const char *key, bool required = true)
    {
        PassageRef r;
        const Json::Value v = o.value(QLatin1String(key));
        if (v.isUndefined() || (!required && v.isNull())) {
            if (required)
                error(ptr, DatasetLoader::tr("missing required field \"%1\"").arg(QLatin1String(key)));
            return r;
        }
        const Where p = child(ptr, QLatin1String(key));
        const Json::Object ro = object(v, p);
        if (ro.isEmpty() && !v.isObject())
            return r;
        checkKeys(ro, p, {"passage"}, {"quote"});
        r.passage = string(ro, p, "passage");
        r.quote = text(ro, p, "quote", false);
        if (!r.passage.isEmpty())
            passages.append({r, p});
        return r;
    }

    // Calls read(element, pointer) for each element of an array of objects and checks
    // that their ids are unique.
    template<typename T, typename F>
    QList<T> list(const Json::Object &o, const Where &ptr, const char *key, bool required, F read)
    {
        const Json::Array a = array(o, ptr, key, required);
        QList<T> items;
        QList<qsizetype> indexes;
        readRange<T>(a, 0, a.size(), [&read](Reader &, const Json::Object &e, const Where &p) { return read(e, p); },
                     &items, &indexes);
        checkUniqueIds(items, indexes, child(ptr, QLatin1String(key)));
        return items;
    }

    // The same for an array that may be very long (a large dataset's dimensions): the second
    // half is read on another core by a second reader, whose findings are then appended.
    template<typename T>
    QList<T> longList(const Json::Object &o, const Where &ptr, const char *key, bool required,
                      T (*read)(Reader &, const Json::Object &, const Where &))
    {
        constexpr qsizetype Parallel = 1024;
        const Json::Array a = array(o, ptr, key, required);
        QList<T> items;
        QList<qsizetype> indexes;
        if (a.size() < Parallel || !Background::hasSecondCore()) {
            readRange<T>(a, 0, a.size(), read, &items, &indexes);
        } else {
            const qsizetype half = a.size() / 2;
            QList<Problem> laterProblems;
            Reader later(laterProblems, m_file);
            later.setLanguages(languages);
            later.familyIds = familyIds; // views of this reader's bytes, which outlive the worker
            later.statusIds = statusIds;
            QList<T> laterItems;
            QList<qsizetype> laterIndexes;
            Background::Job worker([&] { later.readRange<T>(a, half, a.size(), read, &laterItems, &laterIndexes); });
            readRange<T>(a, 0, half, read, &items, &indexes);
            worker.wait();
            items.append(std::move(laterItems));
            indexes.append(std::move(laterIndexes));
            for (const Problem &p : std::as_const(laterProblems)) {
                if (m_problems.size() < DatasetLoader::MaxProblems)
                    m_problems.append(p);
            }
            refs.append(std::move(later.refs));
            passages.append(std::move(later.passages));
        }
        checkUniqueIds(items, indexes, child(ptr, QLatin1String(key)));
        return items;
    }

    // Reads elements [from, to) of array; indexes gets the array index of each item read.
    template<typename T, typename F>
    void readRange(Json::Array array, qsizetype from, qsizetype to, F read, QList<T> *items, QList<qsizetype> *indexes)
    {
        items->reserve(to - from);
        indexes->reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            const Json::Value v = array.at(i);
            const Where p(v);
            if (!expect(v, Json::Type::Object, p, "an object"))
                continue;
            items->append(read(*this, v.toObject(), p));
            indexes->append(i);
        }
    }

    template<typename T>
    void checkUniqueIds(const QList<T> &items, const QList<qsizetype> &indexes, const Where &arrayPtr)
    {
        if constexpr (requires_id<T>::value) {
            QHash<QString, qsizetype> seen;
            seen.reserve(items.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString &id = items.at(i).id;
                if (id.isEmpty())
                    continue;
                const auto prev = seen.constFind(id);
                if (prev != seen.cend() && full())
                    return; // the places below walk the array: not for problems no one sees
                if (prev != seen.cend())
                    error(child(child(arrayPtr, indexes.at(i)), QStringLiteral("id")),
                          DatasetLoader::tr("duplicate id \"%1\" (first at %2)")
                              .arg(id, child(arrayPtr, prev.value()).toString()));
                else
                    seen.insert(id, indexes.at(i));
            }
        }
    }

    template<typename T, typename = void>
    struct requires_id : std::false_type
    {
    };
    template<typename T>
    struct requires_id<T, std::void_t<decltype(std::declval<T>().id)>> : std::true_type
    {
    };

private:
    QList<Problem> &m_problems;
    QString m_file;
    QList<QByteArray> m_languageBytes{QByteArray("en")};
    QList<QByteArray> m_idBytes;
};

using K = PendingRef::Kind;

Status readStatus(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "name", "description"}, {});
    Status s;
    s.id = r.id(o, p);
    s.name = r.text(o, p, "name");
    s.description = r.text(o, p, "description");
    return s;
}

Family readFamily(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "name", "shortName", "organisation", "backing", "character", "color", "colorDark"},
                {"characterRef"});
    Family f;
    f.id = r.id(o, p);
    if (f.id == QLatin1String("tie"))
        r.error(child(p, QStringLiteral("id")), DatasetLoader::tr("\"tie\" is reserved and cannot name a family"));
    f.name = r.text(o, p, "name");
    f.shortName = r.text(o, p, "shortName");
    f.organisation = r.text(o, p, "organisation");
    f.backing = r.text(o, p, "backing");
    f.character = r.text(o, p, "character");
    f.characterRef = r.ref(o, p, "characterRef", false);
    f.color = r.color(o, p, "color");
    f.colorDark = r.color(o, p, "colorDark");
    return f;
}

Section readSection(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "kind", "title"}, {"group", "paragraphs", "favours", "favoursRef"});
    Section s;
    s.id = r.id(o, p);
    const QString kind = r.oneOf(o, p, "kind",
                                 {QStringLiteral("prose"), QStringLiteral("feature-table"),
                                  QStringLiteral("analysis"), QStringLiteral("verdicts")});
    if (kind == QLatin1String("feature-table"))
        s.kind = Section::Kind::FeatureTable;
    else if (kind == QLatin1String("analysis"))
        s.kind = Section::Kind::Analysis;
    else if (kind == QLatin1String("verdicts"))
        s.kind = Section::Kind::Verdicts;
    s.title = r.text(o, p, "title");
    s.group = r.text(o, p, "group", false);
    s.paragraphs = r.list<Paragraph>(o, p, "paragraphs", false, [&r](const Json::Object &po, const Where &pp) {
        r.checkKeys(po, pp, {"id", "text"}, {});
        Paragraph para;
        para.id = r.id(po, pp);
        para.text = r.text(po, pp, "text");
        return para;
    });
    s.favours = r.refField(o, p, "favours", K::FamilyOrTie, false);
    s.favoursRef = r.ref(o, p, "favoursRef", false);
    return s;
}

// Cells and their statements are most of a large dataset: each object is read in one pass
// over its members, and the family and status are checked against those read before.
Statement readStatement(Reader &r, const Json::Object &o, const Where &p)
{
    Statement st;
    Json::Value text, status, figures;
    r.fields(o, p,
             {{QLatin1String("text"), &text, true},
              {QLatin1String("status"), &status, true},
              {QLatin1String("figures"), &figures, false}});
    if (!text.isUndefined())
        st.text = r.textValue(text, p, "text");
    if (!status.isUndefined() && r.expect(status, Json::Type::String, Where(status), "a string"))
        st.status = r.knownId(r.statusIds, status, Where(status), QStringLiteral("status"));
    if (!figures.isUndefined() && !figures.isNull() && r.expect(figures, Json::Type::Array, Where(figures), "an array")) {
        const Json::Array figs = figures.toArray();
        for (qsizetype i = 0; i < figs.size(); ++i) {
            const Json::Value f = figs.at(i);
            if (r.expect(f, Json::Type::String, Where(f), "a figure id")) {
                st.figures.append(f.toString(&r.cache));
                r.reference(K::Figure, st.figures.constLast(), Where(f));
            }
        }
    }
    return st;
}

Cell readCell(Reader &r, const Json::Object &o, const Where &p)
{
    Cell cell;
    Json::Value text, statements;
    r.fields(o, p, {{QLatin1String("text"), &text, true}, {QLatin1String("statements"), &statements, true}});
    if (!text.isUndefined())
        cell.text = r.textValue(text, p, "text");
    if (!statements.isUndefined() && r.expect(statements, Json::Type::Array, Where(statements), "an array")) {
        const Json::Array a = statements.toArray();
        cell.statements.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const Json::Value v = a.at(i);
            if (r.expect(v, Json::Type::Object, Where(v), "an object"))
                cell.statements.append(readStatement(r, v.toObject(), Where(v)));
        }
        if (cell.statements.isEmpty())
            r.error(Where(statements), DatasetLoader::tr("a cell needs at least one statement"));
    }
    return cell;
}

Dimension readDimension(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "name", "cells"}, {"favours", "favoursRef", "favoursNote", "section"});
    Dimension d;
    d.id = r.id(o, p);
    d.name = r.text(o, p, "name");
    const Where cellsPtr = child(p, QStringLiteral("cells"));
    const Json::Object cells = o.contains(QLatin1String("cells")) ? r.object(o.value(QLatin1String("cells")), cellsPtr)
                                                                  : Json::Object();
    d.cells.reserve(cells.size());
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        const Where cp(it.value());
        const QString family = r.knownKey(r.familyIds, it, cp, QStringLiteral("family"));
        if (!r.expect(it.value(), Json::Type::Object, cp, "an object"))
            continue;
        d.cells.insert(family, readCell(r, it.value().toObject(), cp));
    }
    const Json::Value fav = o.value(QLatin1String("favours"));
    if (!fav.isNull() && !fav.isUndefined())
        d.favours = r.refField(o, p, "favours", K::FamilyOrTie, false);
    d.favoursRef = r.ref(o, p, "favoursRef", false);
    d.favoursNote = r.text(o, p, "favoursNote", false);
    d.section = r.refField(o, p, "section", K::Section, false);
    return d;
}

Verdict readVerdict(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "title", "winner", "rationale"}, {});
    Verdict v;
    v.id = r.id(o, p);
    v.title = r.text(o, p, "title");
    v.winner = r.refField(o, p, "winner", K::FamilyOrTie);
    v.rationale = r.text(o, p, "rationale");
    return v;
}

Figure readFigure(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "label", "value", "unit", "status", "ref"}, {"family", "valueMax", "bound", "check"});
    Figure f;
    f.id = r.id(o, p);
    f.family = r.refField(o, p, "family", K::Family, false);
    f.label = r.text(o, p, "label");
    f.value = r.number(o, p, "value", true).value_or(0);
    f.valueMax = r.number(o, p, "valueMax", false);
    if (f.valueMax && *f.valueMax < f.value)
        r.error(child(p, QStringLiteral("valueMax")), DatasetLoader::tr("valueMax is below value"));
    const QString bound = r.oneOf(o, p, "bound",
                                  {QStringLiteral("exact"), QStringLiteral("at-least"), QStringLiteral("below"),
                                   QStringLiteral("about")},
                                  false);
    if (bound == QLatin1String("at-least"))
        f.bound = Figure::Bound::AtLeast;
    else if (bound == QLatin1String("below"))
        f.bound = Figure::Bound::Below;
    else if (bound == QLatin1String("about"))
        f.bound = Figure::Bound::About;
    f.unit = r.text(o, p, "unit");
    f.status = r.refField(o, p, "status", K::Status);
    f.ref = r.ref(o, p, "ref");
    f.check = r.refField(o, p, "check", K::ClaimCheck, false);
    return f;
}

Source readSource(Reader &r, const Json::Object &o, const Where &p)
{
    static const QRegularExpression day(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    r.checkKeys(o, p, {"id", "title", "where", "kind"}, {"attribution", "accessed"});
    Source s;
    s.id = r.id(o, p, "id", sourceIdPattern());
    s.title = r.text(o, p, "title");
    s.where = r.string(o, p, "where");
    s.kind = r.oneOf(o, p, "kind", {QStringLiteral("primary"), QStringLiteral("secondary")});
    s.attribution = r.string(o, p, "attribution", false);
    s.accessed = r.date(o, p, "accessed", false, day, QStringLiteral("YYYY-MM-DD"));
    return s;
}

// Other names of a model or benchmark: an array of non-empty strings, none repeated.
QStringList readAliases(Reader &r, const Json::Object &o, const Where &p)
{
    QStringList aliases;
    const Json::Array a = r.array(o, p, "aliases", false);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Where ap = child(child(p, QStringLiteral("aliases")), i);
        if (!r.expect(a.at(i), Json::Type::String, ap, "a name"))
            continue;
        const QString alias = a.at(i).toString();
        if (Dataset::normalisedName(alias).isEmpty())
            r.error(ap, DatasetLoader::tr("an alias needs a letter or digit"));
        else if (aliases.contains(alias))
            r.error(ap, DatasetLoader::tr("alias \"%1\" is given twice").arg(alias));
        else
            aliases.append(alias);
    }
    return aliases;
}

// No two models (or benchmarks) answer to the same name: an import would not know which.
template<typename T>
void checkNames(Reader &r, const QList<T> &items, const QString &array)
{
    QHash<QString, QPair<qsizetype, QString>> seen; // normalised name -> first item, its spelling
    for (qsizetype i = 0; i < items.size(); ++i) {
        const T &item = items.at(i);
        QSet<QString> own;
        const QStringList names = QStringList{item.id, item.name} + item.aliases;
        for (qsizetype n = 0; n < names.size(); ++n) {
            const QString key = Dataset::normalisedName(names.at(n));
            if (key.isEmpty() || own.contains(key))
                continue;
            own.insert(key);
            const auto prev = seen.constFind(key);
            if (prev == seen.cend()) {
                seen.insert(key, {i, names.at(n)});
                continue;
            }
            const QString where = n < 2 ? (n == 0 ? QStringLiteral("id") : QStringLiteral("name"))
                                        : QStringLiteral("aliases/%1").arg(n - 2);
            r.error(child(array, i) + QLatin1Char('/') + where,
                    DatasetLoader::tr("\"%1\" reads as the same name as \"%2\" of %3/%4")
                        .arg(names.at(n), prev->second, array)
                        .arg(prev->first));
        }
    }
}

Model readModel(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p,
                {"id", "name", "family", "released", "totalParamsB", "activeParamsB", "architecture",
                 "contextTokens", "license", "modalities", "source"},
                {"note", "furtherSources", "apiOnly", "aliases"});
    static const QRegularExpression month(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    Model m;
    m.id = r.id(o, p);
    m.name = r.string(o, p, "name");
    m.family = r.refField(o, p, "family", K::Family);
    m.released = r.string(o, p, "released", false);
    if (!m.released.isEmpty() && !month.match(m.released).hasMatch())
        r.error(child(p, QStringLiteral("released")), DatasetLoader::tr("\"%1\" is not a month YYYY-MM").arg(m.released));
    else if (o.value(QLatin1String("released")).isString() && m.released.trimmed().isEmpty())
        r.error(child(p, QStringLiteral("released")), DatasetLoader::tr("must not be empty"));
    m.totalParamsB = r.number(o, p, "totalParamsB", false, 0, 1e6);
    m.activeParamsB = r.number(o, p, "activeParamsB", false, 0, 1e6);
    if (m.totalParamsB && m.activeParamsB && *m.activeParamsB > *m.totalParamsB)
        r.error(child(p, QStringLiteral("activeParamsB")), DatasetLoader::tr("more active than total parameters"));
    m.architecture = r.text(o, p, "architecture", false);
    if (const auto ctx = r.number(o, p, "contextTokens", false, 1, 1e12))
        m.contextTokens = qint64(*ctx);
    m.license = r.text(o, p, "license", false);
    m.modalities = r.text(o, p, "modalities");
    m.source = r.refField(o, p, "source", K::Source);
    m.furtherSources = r.sourceIds(o, p, "furtherSources", false);
    m.note = r.text(o, p, "note", false);
    m.apiOnly = r.boolean(o, p, "apiOnly", false);
    m.aliases = readAliases(r, o, p);
    return m;
}

// A list of field names, each one of allowed.
QStringList readFieldNames(Reader &r, const Json::Object &o, const Where &p, const char *key, const QStringList &allowed)
{
    QStringList names;
    const Json::Array a = r.array(o, p, key, false);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Where fp(a.at(i));
        if (!r.expect(a.at(i), Json::Type::String, fp, "a field name"))
            continue;
        const QString name = a.at(i).toString();
        if (!allowed.contains(name))
            r.error(fp, DatasetLoader::tr("\"%1\" is not one of %2").arg(name, allowed.join(QStringLiteral(", "))));
        names.append(name);
    }
    return names;
}

std::optional<qint64> readCount(Reader &r, const Json::Object &o, const Where &p, const char *key, double min = 1)
{
    const auto v = r.number(o, p, key, false, min, 1e12);
    if (!v)
        return std::nullopt;
    if (*v != std::floor(*v)) {
        r.error(child(p, QLatin1String(key)), DatasetLoader::tr("%1 is not a whole number").arg(*v));
        return std::nullopt;
    }
    return qint64(*v);
}

LinearState readLinearState(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"layers", "valueHeads", "keyHeadDim", "valueHeadDim", "bytesPerElement", "sources"}, {});
    LinearState s;
    s.layers = int(readCount(r, o, p, "layers").value_or(0));
    s.valueHeads = int(readCount(r, o, p, "valueHeads").value_or(0));
    s.keyHeadDim = int(readCount(r, o, p, "keyHeadDim").value_or(0));
    s.valueHeadDim = int(readCount(r, o, p, "valueHeadDim").value_or(0));
    s.bytesPerElement = r.number(o, p, "bytesPerElement", false, 0.01, 64);
    s.sources = r.sourceIds(o, p, "sources", true);
    return s;
}

Architecture readArchitecture(Reader &r, const Json::Object &o, const Where &p)
{
    static const char *const counts[] = {"layers", "queryHeads", "kvHeads", "headDim", "kvLoraRank", "qkRopeHeadDim",
                                         "kvCacheLayers", "hiddenSize", "nativeContext", "extendedContext"};
    r.checkKeys(o, p,
                {"model", "attention", "layers", "queryHeads", "kvHeads", "headDim", "kvLoraRank", "qkRopeHeadDim",
                 "kvCacheLayers", "hiddenSize", "nativeContext", "sources"},
                {"extendedContext", "statedKvBytesPerToken", "extraKvBytesPerToken", "linearState", "secondaryFields"});
    Architecture a;
    a.model = r.refField(o, p, "model", K::Model);
    const QString attention = r.oneOf(o, p, "attention",
                                      {QStringLiteral("gqa"), QStringLiteral("mla"), QStringLiteral("hybrid"), QStringLiteral("other")},
                                      false);
    using A = Architecture::Attention;
    a.attention = attention == QLatin1String("gqa")      ? A::Gqa
                  : attention == QLatin1String("mla")    ? A::Mla
                  : attention == QLatin1String("hybrid") ? A::Hybrid
                  : attention == QLatin1String("other")  ? A::Other
                                                         : A::NotStated;
    std::optional<qint64> *fields[] = {&a.layers, &a.queryHeads, &a.kvHeads, &a.headDim, &a.kvLoraRank, &a.qkRopeHeadDim,
                                       &a.kvCacheLayers, &a.hiddenSize, &a.nativeContext, &a.extendedContext};
    for (size_t i = 0; i < std::size(counts); ++i)
        *fields[i] = readCount(r, o, p, counts[i], std::strcmp(counts[i], "kvCacheLayers") == 0 ? 0 : 1);
    if (a.layers && a.kvCacheLayers && *a.kvCacheLayers > *a.layers)
        r.error(child(p, QStringLiteral("kvCacheLayers")), DatasetLoader::tr("more layers with a KV cache than layers"));
    a.statedKvBytesPerToken = r.number(o, p, "statedKvBytesPerToken", false, 0, 1e12);
    a.extraKvBytesPerToken = r.number(o, p, "extraKvBytesPerToken", false, 0, 1e12).value_or(0);
    const Json::Value state = o.value(QLatin1String("linearState"));
    if (!state.isUndefined() && !state.isNull()) {
        const Where sp = child(p, QStringLiteral("linearState"));
        a.linearState = readLinearState(r, r.object(state, sp), sp);
    }
    a.sources = r.sourceIds(o, p, "sources", true);
    QStringList names{QStringLiteral("attention")};
    for (const char *c : counts)
        names.append(QLatin1String(c));
    a.secondaryFields = readFieldNames(r, o, p, "secondaryFields", names);
    return a;
}

Device readDevice(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "name", "kind", "vendor", "memoryGB", "bandwidthGBps", "sources"}, {"secondaryFields"});
    Device d;
    d.id = r.id(o, p);
    d.name = r.string(o, p, "name");
    d.kind = r.text(o, p, "kind");
    d.vendor = r.string(o, p, "vendor");
    d.memoryGB = r.number(o, p, "memoryGB", true, 0.001, 1e6).value_or(0);
    d.bandwidthGBps = r.number(o, p, "bandwidthGBps", false, 0.001, 1e9);
    d.sources = r.sourceIds(o, p, "sources", true);
    d.secondaryFields = readFieldNames(r, o, p, "secondaryFields", {QStringLiteral("memoryGB"), QStringLiteral("bandwidthGBps")});
    return d;
}

Precision readPrecision(Reader &r, const Json::Object &o, const Where &p)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    r.checkKeys(o, p, {"id", "name", "bitsPerWeight", "appliesTo", "sources"}, {"nominal"});
    Precision q;
    q.id = r.id(o, p, "id", pattern);
    q.name = r.string(o, p, "name");
    q.bitsPerWeight = r.number(o, p, "bitsPerWeight", true, 0.01, 64).value_or(0);
    q.appliesTo = r.text(o, p, "appliesTo");
    q.sources = r.sourceIds(o, p, "sources", true);
    q.nominal = r.boolean(o, p, "nominal", false);
    return q;
}

FitDefaults readFitDefaults(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"overheadBytes", "overheadShare", "tightShare"}, {"assumption", "sources"});
    FitDefaults f;
    f.overheadBytes = readCount(r, o, p, "overheadBytes", 0).value_or(0);
    f.overheadShare = r.number(o, p, "overheadShare", true, 0, 1).value_or(0);
    f.tightShare = r.number(o, p, "tightShare", true, 0.01, 1).value_or(1);
    f.assumption = r.text(o, p, "assumption", false);
    f.sources = r.sourceIds(o, p, "sources", false);
    return f;
}

// One architecture per model.
void checkArchitectures(Reader &r, const QList<Architecture> &architectures)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < architectures.size(); ++i) {
        const QString &model = architectures.at(i).model;
        const auto prev = seen.constFind(model);
        if (prev != seen.cend())
            r.error(child(child(QStringLiteral("/architectures"), i), QStringLiteral("model")),
                    DatasetLoader::tr("a second architecture for model \"%1\" (first at /architectures/%2)").arg(model).arg(prev.value()));
        else
            seen.insert(model, i);
    }
}

Benchmark readBenchmark(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "name", "unit", "higherIsBetter"}, {"description", "aliases"});
    Benchmark b;
    b.id = r.id(o, p);
    b.name = r.string(o, p, "name");
    b.unit = r.text(o, p, "unit");
    b.higherIsBetter = r.boolean(o, p, "higherIsBetter", true);
    b.description = r.text(o, p, "description", false);
    b.aliases = readAliases(r, o, p);
    return b;
}

// {"stderr": number} or {"plus": number, "minus": number}, never negative.
Uncertainty readUncertainty(Reader &r, const Json::Object &o, const Where &p)
{
    Uncertainty u;
    const Json::Value v = o.value(QLatin1String("uncertainty"));
    if (v.isUndefined() || v.isNull())
        return u;
    const Where up = child(p, QStringLiteral("uncertainty"));
    const Json::Object uo = r.object(v, up);
    r.checkKeys(uo, up, {}, {"stderr", "plus", "minus"});
    u.standardError = r.number(uo, up, "stderr", false, 0, 1e9);
    u.plus = r.number(uo, up, "plus", false, 0, 1e9);
    u.minus = r.number(uo, up, "minus", false, 0, 1e9);
    if (u.standardError && (u.plus || u.minus))
        r.error(up, DatasetLoader::tr("give a standard error or an interval, not both"));
    else if (bool(u.plus) != bool(u.minus))
        r.error(up, DatasetLoader::tr("an interval needs both \"plus\" and \"minus\""));
    else if (u.isEmpty() && v.isObject())
        r.error(up, DatasetLoader::tr("expected \"stderr\", or \"plus\" and \"minus\""));
    return u;
}

Score readScore(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"model", "benchmark", "value", "unit", "source", "status"},
                {"mode", "setting", "furtherSources", "note", "reportedAs", "reportedModel", "reportedBy", "evaluator",
                 "uncertainty", "sourceLine"});
    Score s;
    s.model = r.refField(o, p, "model", K::Model);
    s.benchmark = r.refField(o, p, "benchmark", K::Benchmark);
    // thinking and non-thinking are known without a modes list (datasets before it); any
    // other mode must be one of the dataset's modes.
    s.mode = r.string(o, p, "mode", false);
    if (!s.mode.isEmpty() && s.mode != QLatin1String("thinking") && s.mode != QLatin1String("non-thinking"))
        r.refs.append({K::Mode, s.mode, p, "mode"});
    s.value = r.number(o, p, "value", true, 0, 1e9).value_or(0);
    s.unit = r.text(o, p, "unit");
    s.setting = r.text(o, p, "setting", false);
    s.reportedBy = r.refField(o, p, "reportedBy", K::Family, false);
    s.evaluator = r.string(o, p, "evaluator", false);
    if (s.reportedBy.isEmpty() == s.evaluator.isEmpty())
        r.error(p, s.evaluator.isEmpty() ? DatasetLoader::tr("missing required field \"reportedBy\" (or \"evaluator\")")
                                         : DatasetLoader::tr("give \"reportedBy\" (a family) or \"evaluator\" (a third "
                                                             "party), not both"));
    s.uncertainty = readUncertainty(r, o, p);
    if (const auto line = r.number(o, p, "sourceLine", false, 1, 1e9))
        s.sourceLine = int(*line);
    s.source = r.refField(o, p, "source", K::Source);
    s.furtherSources = r.sourceIds(o, p, "furtherSources", false);
    s.status = r.refField(o, p, "status", K::Status);
    if (s.status == QLatin1String("independent") && s.evaluator.isEmpty())
        r.error(child(p, QStringLiteral("status")), DatasetLoader::tr("an independent score names its \"evaluator\""));
    s.note = r.text(o, p, "note", false);
    s.reportedAs = r.string(o, p, "reportedAs", false);
    s.reportedModel = r.string(o, p, "reportedModel", false);
    return s;
}

// ---- Prices -----------------------------------------------------------------------------

// A day YYYY-MM-DD at o/key, or a null date where it is absent or null.
QDate readDay(Reader &r, const Json::Object &o, const Where &p, const char *key)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString value = r.string(o, p, key, false);
    if (value.isEmpty())
        return {};
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (!pattern.match(value).hasMatch() || !day.isValid())
        r.error(child(p, QLatin1String(key)), DatasetLoader::tr("\"%1\" is not a date YYYY-MM-DD").arg(value));
    return day.isValid() && pattern.match(value).hasMatch() ? day : QDate();
}

// A price per million tokens: a number, never negative.
std::optional<double> readPriceNumber(Reader &r, const Json::Object &o, const Where &p, const char *key, bool required)
{
    const auto value = r.number(o, p, key, required);
    if (value && *value < 0) {
        r.error(child(p, QLatin1String(key)), DatasetLoader::tr("a price cannot be negative (%1)").arg(*value));
        return std::nullopt;
    }
    return value;
}

std::optional<PriceTier> readPriceTier(Reader &r, const Json::Object &o, const Where &p)
{
    const Json::Value v = o.value(QLatin1String("tier"));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const Where tp = child(p, QStringLiteral("tier"));
    const Json::Object t = r.object(v, tp);
    r.checkKeys(t, tp, {"label", "minInputTokens"}, {"maxInputTokens"});
    PriceTier tier;
    tier.label = r.text(t, tp, "label");
    tier.minInputTokens = qint64(r.number(t, tp, "minInputTokens", true, 0, 1e12).value_or(0));
    if (const auto max = r.number(t, tp, "maxInputTokens", false, 1, 1e12))
        tier.maxInputTokens = qint64(*max);
    if (tier.maxInputTokens && *tier.maxInputTokens <= tier.minInputTokens)
        r.error(child(tp, QStringLiteral("maxInputTokens")),
                DatasetLoader::tr("the band's upper bound is not above its lower bound"));
    return tier;
}

std::optional<DiscountWindow> readDiscountWindow(Reader &r, const Json::Object &o, const Where &p)
{
    static const QRegularExpression hhmm(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    const Json::Value v = o.value(QLatin1String("discount"));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const Where dp = child(p, QStringLiteral("discount"));
    const Json::Object d = r.object(v, dp);
    r.checkKeys(d, dp, {"startUtc", "endUtc"}, {});
    DiscountWindow w;
    w.startUtc = r.string(d, dp, "startUtc");
    w.endUtc = r.string(d, dp, "endUtc");
    for (const auto &[key, value] : {std::pair{"startUtc", w.startUtc}, std::pair{"endUtc", w.endUtc}}) {
        if (!value.isEmpty() && !hhmm.match(value).hasMatch())
            r.error(child(dp, QLatin1String(key)), DatasetLoader::tr("\"%1\" is not a time HH:MM").arg(value));
    }
    return w;
}

Price readPrice(Reader &r, const Json::Object &o, const Where &p)
{
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    r.checkKeys(o, p, {"model", "provider", "currency", "inputPerMTok", "outputPerMTok", "sources"},
                {"apiModel", "mode", "cachedInputPerMTok", "tier", "discount", "from", "until", "observed", "period",
                 "terms", "note"});
    Price x;
    x.model = r.refField(o, p, "model", K::Model);
    x.apiModel = r.string(o, p, "apiModel", false);
    x.provider = r.text(o, p, "provider");
    x.mode = r.oneOf(o, p, "mode", {QStringLiteral("thinking"), QStringLiteral("non-thinking")}, false);
    x.currency = r.string(o, p, "currency");
    if (!x.currency.isEmpty() && !currency.match(x.currency).hasMatch())
        r.error(child(p, QStringLiteral("currency")),
                DatasetLoader::tr("\"%1\" is not a currency code (three capital letters, ISO 4217: USD, CNY)").arg(x.currency));
    x.inputPerMTok = readPriceNumber(r, o, p, "inputPerMTok", true).value_or(0);
    x.cachedInputPerMTok = readPriceNumber(r, o, p, "cachedInputPerMTok", false);
    x.outputPerMTok = readPriceNumber(r, o, p, "outputPerMTok", true).value_or(0);
    x.tier = readPriceTier(r, o, p);
    x.discount = readDiscountWindow(r, o, p);
    x.from = readDay(r, o, p, "from");
    x.until = readDay(r, o, p, "until");
    x.observed = readDay(r, o, p, "observed");
    if (x.from.isValid() && x.until.isValid() && x.until <= x.from)
        r.error(child(p, QStringLiteral("until")), DatasetLoader::tr("ends on or before it starts (%1)").arg(x.from.toString(Qt::ISODate)));
    if (x.observed.isValid() && x.until.isValid() && x.observed > x.until)
        r.error(child(p, QStringLiteral("observed")), DatasetLoader::tr("seen after it ended (%1)").arg(x.until.toString(Qt::ISODate)));
    x.period = r.text(o, p, "period", false);
    x.terms = r.text(o, p, "terms", false);
    x.sources = r.sourceIds(o, p, "sources", true);
    if (x.sources.isEmpty() && o.value(QLatin1String("sources")).isArray())
        r.error(child(p, QStringLiteral("sources")), DatasetLoader::tr("a price needs at least one source"));
    x.note = r.text(o, p, "note", false);
    return x;
}

PriceClaim readPriceClaim(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "claim", "ref", "family", "comparedWith"}, {});
    PriceClaim c;
    c.id = r.id(o, p);
    c.claim = r.text(o, p, "claim");
    c.ref = r.ref(o, p, "ref");
    c.family = r.refField(o, p, "family", K::Family);
    c.comparedWith = r.refField(o, p, "comparedWith", K::Family);
    if (!c.family.isEmpty() && c.family == c.comparedWith)
        r.error(child(p, QStringLiteral("comparedWith")), DatasetLoader::tr("a family is compared with itself"));
    return c;
}

ClaimCheck readClaimCheck(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "claim", "verdict", "verdictText", "detail", "sources", "ref"}, {"dimension", "family"});
    ClaimCheck c;
    c.id = r.id(o, p);
    c.claim = r.text(o, p, "claim");
    c.verdict = r.oneOf(o, p, "verdict",
                        {QStringLiteral("confirmed"), QStringLiteral("confirmed-with-condition"),
                         QStringLiteral("secondary-only"), QStringLiteral("misattributed"),
                         QStringLiteral("mixes-generations"), QStringLiteral("vendor-claim")});
    c.verdictText = r.text(o, p, "verdictText");
    c.detail = r.text(o, p, "detail");
    c.sources = r.sourceIds(o, p, "sources", true);
    c.ref = r.ref(o, p, "ref");
    c.dimension = r.refField(o, p, "dimension", K::Dimension, false);
    c.family = r.refField(o, p, "family", K::Family, false);
    return c;
}

Mode readMode(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "name"}, {"description"});
    Mode m;
    m.id = r.id(o, p);
    m.name = r.text(o, p, "name");
    m.description = r.text(o, p, "description", false);
    return m;
}

// The outcome ids are fixed: code (the recommendation "as things turned out") reads them.
const QStringList &outcomeIds()
{
    static const QStringList ids{QStringLiteral("shipped"), QStringLiteral("shipped-differently"),
                                 QStringLiteral("not-shipped"), QStringLiteral("unknown")};
    return ids;
}

Outcome readOutcome(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "name", "description", "factor"}, {});
    Outcome out;
    out.id = r.oneOf(o, p, "id", outcomeIds());
    out.name = r.text(o, p, "name");
    out.description = r.text(o, p, "description");
    out.factor = r.number(o, p, "factor", true, 0, 1).value_or(1);
    return out;
}

AnticipationCheck readAnticipationCheck(Reader &r, const Json::Object &o, const Where &p)
{
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$"));
    r.checkKeys(o, p, {"id", "claim", "status", "outcome", "outcomeText", "detail", "sources", "ref"},
                {"date", "dimension", "family"});
    AnticipationCheck c;
    c.id = r.id(o, p);
    c.claim = r.text(o, p, "claim");
    c.status = r.refField(o, p, "status", K::Status);
    c.outcome = r.refField(o, p, "outcome", K::Outcome);
    c.outcomeText = r.text(o, p, "outcomeText");
    c.date = r.date(o, p, "date", false, date, QStringLiteral("YYYY-MM or YYYY-MM-DD"));
    c.detail = r.text(o, p, "detail");
    c.sources = r.sourceIds(o, p, "sources", true);
    if (c.sources.isEmpty() && o.value(QLatin1String("sources")).isArray())
        r.error(child(p, QStringLiteral("sources")), DatasetLoader::tr("name at least one source"));
    c.ref = r.ref(o, p, "ref");
    c.dimension = r.refField(o, p, "dimension", K::Dimension, false);
    c.family = r.refField(o, p, "family", K::Family, false);
    return c;
}

// A weight's evidence: anticipation check ids, each checked once all are read.
QStringList evidenceIds(Reader &r, const Json::Object &o, const Where &p)
{
    QStringList ids;
    const Json::Array a = r.array(o, p, "evidence", false);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Where ep(a.at(i));
        if (!r.expect(a.at(i), Json::Type::String, ep, "an anticipation check id"))
            continue;
        const QString id = a.at(i).toString();
        if (ids.contains(id)) {
            r.error(ep, DatasetLoader::tr("\"%1\" is listed twice").arg(id));
            continue;
        }
        ids.append(id);
        r.reference(PendingRef::Kind::AnticipationCheck, id, ep);
    }
    return ids;
}

Question readQuestion(Reader &r, const Json::Object &o, const Where &p)
{
    r.checkKeys(o, p, {"id", "text", "options"}, {"criterion", "help", "when"});
    Question q;
    q.id = r.id(o, p);
    q.criterion = r.text(o, p, "criterion", false);
    q.text = r.text(o, p, "text");
    q.help = r.text(o, p, "help", false);
    q.options = r.list<QuestionOption>(o, p, "options", true, [&r](const Json::Object &oo, const Where &op) {
        r.checkKeys(oo, op, {"id", "label"}, {"description", "weights", "asks"});
        QuestionOption opt;
        opt.id = r.id(oo, op);
        if (opt.id == Question::noPreference())
            r.error(child(op, QStringLiteral("id")),
                    DatasetLoader::tr("\"%1\" is reserved for an unanswered question").arg(opt.id));
        opt.label = r.text(oo, op, "label");
        opt.description = r.text(oo, op, "description", false);
        opt.asks = r.oneOf(oo, op, "asks", {QStringLiteral("hardware"), QStringLiteral("workload")}, false);
        opt.weights = r.list<QuestionWeight>(oo, op, "weights", false, [&r](const Json::Object &wo, const Where &wp) {
            r.checkKeys(wo, wp, {"family", "weight", "reason", "ref"}, {"evidence"});
            QuestionWeight w;
            w.family = r.refField(wo, wp, "family", K::Family);
            w.weight = r.number(wo, wp, "weight", true, -100, 100).value_or(0);
            w.reason = r.text(wo, wp, "reason");
            w.ref = r.ref(wo, wp, "ref");
            w.evidence = evidenceIds(r, wo, wp);
            return w;
        });
        return opt;
    });
    if (q.options.isEmpty())
        r.error(child(p, QStringLiteral("options")), DatasetLoader::tr("a question needs at least one option"));
    if (o.contains(QLatin1String("when"))) {
        const Where wp = child(p, QStringLiteral("when"));
        const Json::Object when = r.object(o.value(QLatin1String("when")), wp);
        r.checkKeys(when, wp, {"question", "options"}, {});
        q.whenQuestion = r.string(when, wp, "question");
        const Json::Array options = r.array(when, wp, "options", true);
        for (qsizetype i = 0; i < options.size(); ++i) {
            if (r.expect(options.at(i), Json::Type::String, Where(options.at(i)), "an option id"))
                q.whenOptions.append(options.at(i).toString());
        }
        if (options.isEmpty())
            r.error(child(wp, QStringLiteral("options")), DatasetLoader::tr("name at least one option"));
    }
    return q;
}

// A question's "when" names an earlier question and options of it.
void checkQuestionConditions(Reader &r, const QList<Question> &questions)
{
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const Question &q = questions.at(i);
        if (q.whenQuestion.isEmpty())
            continue;
        const QString wp = QStringLiteral("/questions/%1/when").arg(i);
        const Question *earlier = nullptr;
        for (qsizetype j = 0; j < i; ++j) {
            if (questions.at(j).id == q.whenQuestion)
                earlier = &questions.at(j);
        }
        if (!earlier) {
            r.error(wp + QStringLiteral("/question"),
                    DatasetLoader::tr("\"%1\" is not a question asked before this one").arg(q.whenQuestion));
            continue;
        }
        for (qsizetype k = 0; k < q.whenOptions.size(); ++k) {
            const QString option = q.whenOptions.at(k);
            if (option != Question::noPreference() && !earlier->option(option))
                r.error(wp + QStringLiteral("/options/%1").arg(k),
                        DatasetLoader::tr("question \"%1\" has no option \"%2\"").arg(q.whenQuestion, option));
        }
    }
}

Chart readChart(Reader &r, const Json::Object &o, const Where &p)
{
    Chart c;
    c.id = r.id(o, p);
    c.kind = r.oneOf(o, p, "kind",
                     {QStringLiteral("figures"), QStringLiteral("benchmark"), QStringLiteral("parameters"),
                      QStringLiteral("size-ladder"), QStringLiteral("releases"), QStringLiteral("efficiency"),
                      QStringLiteral("price-score"), QStringLiteral("evidence-gap"),
                      QStringLiteral("fit-context")});
    c.title = r.text(o, p, "title");
    c.subtitle = r.text(o, p, "subtitle", false);
    c.spec = o.toQJsonObject();
    c.inReport = r.boolean(o, p, "report", true);
    // Each kind reads its own fields; a field another kind reads is an error, not ignored.
    const bool scores = c.kind == QLatin1String("benchmark") || c.kind == QLatin1String("efficiency")
        || c.kind == QLatin1String("price-score");
    const bool models = c.kind == QLatin1String("parameters") || c.kind == QLatin1String("size-ladder")
        || c.kind == QLatin1String("releases");
    if (c.kind == QLatin1String("figures"))
        r.checkKeys(o, p, {"id", "kind", "title", "figures"}, {"subtitle", "better", "report"});
    else if (c.kind == QLatin1String("benchmark"))
        r.checkKeys(o, p, {"id", "kind", "title", "benchmark"}, {"subtitle", "models", "mode", "report"});
    else if (c.kind == QLatin1String("price-score"))
        r.checkKeys(o, p, {"id", "kind", "title", "benchmark"}, {"subtitle", "models", "mode", "scale", "currency", "report"});
    else if (scores)
        r.checkKeys(o, p, {"id", "kind", "title", "benchmark"}, {"subtitle", "models", "mode", "scale", "report"});
    else if (models)
        r.checkKeys(o, p, {"id", "kind", "title"}, {"subtitle", "families", "scale", "figure", "report"});
    else if (c.kind == QLatin1String("evidence-gap"))
        r.checkKeys(o, p, {"id", "kind", "title"}, {"subtitle", "report"});
    else if (c.kind == QLatin1String("fit-context"))
        r.checkKeys(o, p, {"id", "kind", "title", "device", "precision", "models"}, {"subtitle", "kvPrecision", "report"});
    auto ids = [&](const char *key, PendingRef::Kind kind) {
        const Json::Array a = r.array(o, p, key, false);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const Where ip(a.at(i));
            if (r.expect(a.at(i), Json::Type::String, ip, "an id"))
                r.reference(kind, a.at(i).toString(), ip);
        }
        return a.size();
    };
    if (c.kind == QLatin1String("figures") && ids("figures", K::Figure) == 0 && o.contains(QLatin1String("figures")))
        r.error(child(p, QStringLiteral("figures")), DatasetLoader::tr("a figures chart needs at least one figure"));
    if (scores) {
        r.refField(o, p, "benchmark", K::Benchmark);
        ids("models", K::Model);
        r.oneOf(o, p, "mode", {QStringLiteral("thinking"), QStringLiteral("non-thinking"), QStringLiteral("both")},
                false);
    }
    if (models) {
        ids("families", K::Family);
        r.refField(o, p, "figure", K::Figure, false);
    }
    if (c.kind == QLatin1String("fit-context")) {
        r.refField(o, p, "device", K::Device);
        r.refField(o, p, "precision", K::Precision);
        r.refField(o, p, "kvPrecision", K::Precision, false);
        if (ids("models", K::Model) == 0 && o.contains(QLatin1String("models")))
            r.error(child(p, QStringLiteral("models")), DatasetLoader::tr("a fit-context chart needs at least one model"));
    }
    if (c.kind == QLatin1String("price-score")) {
        static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
        const QString value = r.string(o, p, "currency", false);
        if (!value.isEmpty() && !currency.match(value).hasMatch())
            r.error(child(p, QStringLiteral("currency")), DatasetLoader::tr("\"%1\" is not a currency code (three capital letters, ISO 4217: USD, CNY)").arg(value));
    }
    r.oneOf(o, p, "scale", {QStringLiteral("linear"), QStringLiteral("log")}, false);
    r.oneOf(o, p, "better", {QStringLiteral("higher"), QStringLiteral("lower"), QStringLiteral("neither")}, false);
    return c;
}

void resolve(Reader &r, const Dataset &d)
{
    for (const PendingRef &ref : std::as_const(r.refs)) {
        bool found = false;
        QString what;
        switch (ref.kind) {
        case K::Family: found = d.family(ref.id); what = QStringLiteral("family"); break;
        case K::FamilyOrTie:
            found = ref.id == QLatin1String("tie") || d.family(ref.id);
            what = QStringLiteral("family");
            break;
        case K::Status: found = d.status(ref.id); what = QStringLiteral("status"); break;
        case K::Source: found = d.source(ref.id); what = QStringLiteral("source"); break;
        case K::Model: found = d.model(ref.id); what = QStringLiteral("model"); break;
        case K::Benchmark: found = d.benchmark(ref.id); what = QStringLiteral("benchmark"); break;
        case K::Figure: found = d.figure(ref.id); what = QStringLiteral("figure"); break;
        case K::ClaimCheck: found = d.claimCheck(ref.id); what = DatasetLoader::tr("claim check"); break;
        case K::Section: found = d.section(ref.id); what = QStringLiteral("section"); break;
        case K::Dimension: found = d.dimension(ref.id); what = QStringLiteral("dimension"); break;
        case K::Mode: found = d.mode(ref.id); what = DatasetLoader::tr("mode"); break;
        case K::Outcome: found = d.outcome(ref.id); what = DatasetLoader::tr("outcome"); break;
        case K::AnticipationCheck: found = d.anticipationCheck(ref.id); what = DatasetLoader::tr("anticipation check"); break;
        case K::Device: found = d.device(ref.id); what = DatasetLoader::tr("device"); break;
        case K::Precision: found = d.precision(ref.id); what = DatasetLoader::tr("precision"); break;
        }
        if (!found)
            r.error(ref.where(), DatasetLoader::tr("unknown %1 \"%2\"").arg(what, ref.id));
    }
    for (const PendingPassage &pp : std::as_const(r.passages)) {
        const auto passage = d.passage(pp.ref.passage);
        if (!passage) {
            r.error(child(pp.pointer, QStringLiteral("passage")),
                    DatasetLoader::tr("unknown passage \"%1\"").arg(pp.ref.passage));
            continue;
        }
        for (const QString &lang : pp.ref.quote.languages()) {
            const QString quote = pp.ref.quote.text(lang);
            if (!passage->text.text(lang).contains(quote))
                r.error(child(child(pp.pointer, QStringLiteral("quote")), lang),
                        DatasetLoader::tr("\"%1\" does not occur in passage \"%2\"").arg(quote, pp.ref.passage));
        }
    }
    for (qsizetype i = 0; i < d.dimensions.size(); ++i) {
        for (const Family &f : d.families) {
            if (!d.dimensions.at(i).cells.contains(f.id))
                r.error(child(child(QStringLiteral("/dimensions"), i), QStringLiteral("cells")),
                        DatasetLoader::tr("no cell for family \"%1\"").arg(f.id));
        }
    }
    if (d.families.size() < 2)
        r.error(QStringLiteral("/families"), DatasetLoader::tr("a comparison needs at least two families"));
    if (d.statuses.isEmpty())
        r.error(QStringLiteral("/statuses"), DatasetLoader::tr("at least one status is needed"));
}

// ---- The top level ----------------------------------------------------------------------
// The dataset's top-level members are read in the order of topLevelMembers(): one row each,
// naming the key, whether it is required, and its reader. To add a section (say "devices"):
// add its field to Dataset, write its element's reader above (Device readDevice(Reader &,
// const Json::Object &, const Where &)), and add one row, in a place after what its elements
// refer to by bytes (families, statuses):
//     {"devices", false, readList<Device, &Dataset::devices, readDevice>},
// The row also makes the key known (or required) to the check for unknown and missing members;
// references by id are resolved after every row has been read (resolve()).

struct TopLevelMember;
using ReadTopLevel = void (*)(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m,
                              Dataset &d);
struct TopLevelMember
{
    const char *key;
    bool required;
    ReadTopLevel read; // null: allowed and ignored
};

template<typename T, QList<T> Dataset::*field, T (*read)(Reader &, const Json::Object &, const Where &)>
void readList(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    d.*field = r.list<T>(root, top, m.key, m.required,
                         [&r](const Json::Object &o, const Where &p) { return read(r, o, p); });
}

// The same for a list that may be very long: read in two halves on two cores.
template<typename T, QList<T> Dataset::*field, T (*read)(Reader &, const Json::Object &, const Where &)>
void readLongList(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    d.*field = r.longList<T>(root, top, m.key, m.required, read);
}

template<QString Dataset::*field>
void readString(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    d.*field = r.string(root, top, m.key, m.required);
}

template<LocalizedText Dataset::*field>
void readText(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    d.*field = r.text(root, top, m.key, m.required);
}

void readFormat(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    d.format = r.string(root, top, m.key);
    if (!d.format.isEmpty() && d.format != QLatin1String("versus-dataset"))
        r.error(QStringLiteral("/format"),
                DatasetLoader::tr("\"%1\" is not a Versus dataset (expected \"versus-dataset\")").arg(d.format));
}

void readFormatVersion(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    d.formatVersion = int(r.number(root, top, m.key, true, 1, 1).value_or(0));
}

void readId(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &, Dataset &d)
{
    d.id = r.id(root, top);
}

// The languages every text must have; the reader checks the texts after this against them.
void readLanguages(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    const Json::Array langs = r.array(root, top, m.key, true);
    QStringList languages;
    for (qsizetype i = 0; i < langs.size(); ++i) {
        const QString lp = child(QStringLiteral("/languages"), i);
        if (!r.expect(langs.at(i), Json::Type::String, lp, "a language code"))
            continue;
        const QString lang = langs.at(i).toString();
        if (!isLanguageCode(lang))
            r.error(lp, DatasetLoader::tr("\"%1\" is not a language code").arg(lang));
        else if (languages.contains(lang))
            r.error(lp, DatasetLoader::tr("language \"%1\" is listed twice").arg(lang));
        else
            languages.append(lang);
    }
    if (languages.isEmpty()) {
        if (root.contains(QLatin1String("languages")))
            r.error(QStringLiteral("/languages"), DatasetLoader::tr("at least one language is needed"));
        languages.append(QStringLiteral("en"));
    }
    r.setLanguages(languages);
    d.languages = languages;
}

// Statuses and families are then known by their bytes to the readers of what names them.
void readStatuses(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    readList<Status, &Dataset::statuses, readStatus>(r, root, top, m, d);
    r.setIds(&r.statusIds, d.statuses);
}

void readFamilies(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    readList<Family, &Dataset::families, readFamily>(r, root, top, m, d);
    r.setIds(&r.familyIds, d.families);
}

void readQuestions(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    readList<Question, &Dataset::questions, readQuestion>(r, root, top, m, d);
    checkQuestionConditions(r, d.questions);
}

// The facts' date (YYYY-MM-DD) and the document's (YYYY-MM), both optional.
void readAsOf(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    static const QRegularExpression day(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"));
    d.asOf = r.date(root, top, m.key, m.required, day, QStringLiteral("YYYY-MM-DD"));
}

void readDocumentDate(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    static const QRegularExpression month(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    d.documentDate = r.date(root, top, m.key, m.required, month, QStringLiteral("YYYY-MM"));
}

void readRecommender(Reader &r, const Json::Object &root, const Where &, const TopLevelMember &m, Dataset &d)
{
    if (!root.contains(QLatin1String(m.key)))
        return;
    const QString rp = QStringLiteral("/recommender");
    const Json::Object rec = r.object(root.value(QLatin1String(m.key)), rp);
    r.checkKeys(rec, rp, {}, {"tieThreshold"});
    d.tieThreshold = r.number(rec, rp, "tieThreshold", false, 0, 1e6).value_or(0);
}

// One architecture per model (they have no id of their own).
void readArchitectures(Reader &r, const Json::Object &root, const Where &top, const TopLevelMember &m, Dataset &d)
{
    readList<Architecture, &Dataset::architectures, readArchitecture>(r, root, top, m, d);
    checkArchitectures(r, d.architectures);
}

void readFitDefaultsMember(Reader &r, const Json::Object &root, const Where &, const TopLevelMember &m, Dataset &d)
{
    const Json::Value v = root.value(QLatin1String(m.key));
    if (v.isUndefined())
        return;
    const QString fp = QStringLiteral("/fitDefaults");
    d.fitDefaults = readFitDefaults(r, r.object(v, fp), fp);
}

const std::vector<TopLevelMember> &topLevelMembers()
{
    static const std::vector<TopLevelMember> members{
        {"format", true, readFormat},
        {"formatVersion", true, readFormatVersion},
        {"id", true, readId},
        {"version", true, readString<&Dataset::version>},
        {"asOf", false, readAsOf},
        {"documentDate", false, readDocumentDate},
        {"languages", true, readLanguages}, // before any text
        {"title", true, readText<&Dataset::title>},
        {"subtitle", false, readText<&Dataset::subtitle>},
        {"documentDateNote", false, readText<&Dataset::documentDateNote>},
        {"statuses", true, readStatuses},
        {"families", true, readFamilies},
        {"sections", true, readList<Section, &Dataset::sections, readSection>},
        {"dimensions", true, readLongList<Dimension, &Dataset::dimensions, readDimension>},
        {"verdicts", true, readList<Verdict, &Dataset::verdicts, readVerdict>},
        {"figures", false, readList<Figure, &Dataset::figures, readFigure>},
        {"sources", false, readList<Source, &Dataset::sources, readSource>},
        {"modes", false, readList<Mode, &Dataset::modes, readMode>},
        {"models", false, readList<Model, &Dataset::models, readModel>},
        {"architectures", false, readArchitectures},
        {"devices", false, readList<Device, &Dataset::devices, readDevice>},
        {"precisions", false, readList<Precision, &Dataset::precisions, readPrecision>},
        {"fitDefaults", false, readFitDefaultsMember},
        {"benchmarks", false, readList<Benchmark, &Dataset::benchmarks, readBenchmark>},
        {"scores", false, readList<Score, &Dataset::scores, readScore>},
        {"claimChecks", false, readList<ClaimCheck, &Dataset::claimChecks, readClaimCheck>},
        {"prices", false, readList<Price, &Dataset::prices, readPrice>},
        {"priceClaims", false, readList<PriceClaim, &Dataset::priceClaims, readPriceClaim>},
        {"outcomes", false, readList<Outcome, &Dataset::outcomes, readOutcome>},
        {"anticipationChecks", false, readList<AnticipationCheck, &Dataset::anticipationChecks, readAnticipationCheck>},
        {"questions", false, readQuestions},
        {"charts", false, readList<Chart, &Dataset::charts, readChart>},
        {"recommender", false, readRecommender},
        {"$schema", false, nullptr},
    };
    return members;
}

// Unknown top-level members, and missing required ones, as for any object.
void checkTopLevelKeys(Reader &r, const Json::Object &root, const Where &top)
{
    struct Keys
    {
        std::vector<const char *> required, optional;
    };
    static const Keys keys = [] {
        Keys k;
        for (const TopLevelMember &m : topLevelMembers())
            (m.required ? k.required : k.optional).push_back(m.key);
        return k;
    }();
    struct Names // a view of a list of names
    {
        const std::vector<const char *> &names;
        auto begin() const { return names.begin(); }
        auto end() const { return names.end(); }
        size_t size() const { return names.size(); }
    };
    r.checkKeysIn(root, top, Names{keys.required}, Names{keys.optional});
}

// Duplicate passage ids across paragraphs (ids are unique per section only as they are read).
void checkParagraphIds(Reader &r, const Dataset &d)
{
    QHash<QString, QString> paragraphIds;
    for (qsizetype s = 0; s < d.sections.size(); ++s) {
        for (qsizetype i = 0; i < d.sections.at(s).paragraphs.size(); ++i) {
            const QString pid = d.sections.at(s).paragraphs.at(i).id;
            const QString ptr = QStringLiteral("/sections/%1/paragraphs/%2/id").arg(s).arg(i);
            if (paragraphIds.contains(pid))
                r.error(ptr, DatasetLoader::tr("duplicate paragraph id \"%1\" (first at %2)").arg(pid, paragraphIds.value(pid)));
            else
                paragraphIds.insert(pid, ptr);
        }
    }
}

// The whole dataset from its top-level object: each member, then the checks across them.
void readDataset(Reader &r, const Json::Object &root, Dataset &d)
{
    const Where top(root);
    checkTopLevelKeys(r, root, top);
    for (const TopLevelMember &m : topLevelMembers()) {
        if (m.read)
            m.read(r, root, top, m, d);
    }
    checkParagraphIds(r, d);
    checkNames(r, d.models, QStringLiteral("/models"));
    checkNames(r, d.benchmarks, QStringLiteral("/benchmarks"));
    d.buildIndexes();
    resolve(r, d);
}

// The SHA-256 of the data, in hex. A large file's is read over the same bytes on a second
// core while they are parsed; a small one's (the bundled dataset at start-up) when it is
// asked for, starting no thread. Destroyed unasked (a broken file), it stops the hashing,
// which is then of no use.
class Checksum
{
    Q_DISABLE_COPY(Checksum)

public:
    explicit Checksum(const QByteArray &data) : m_data(data)
    {
        if (data.size() >= OnThreadFrom)
            m_job.start([this] { hashAll(); });
    }
    QString result()
    {
        if (m_job.running())
            m_job.wait();
        else
            hashAll();
        return QString::fromLatin1(m_hex);
    }

private:
    static constexpr qsizetype OnThreadFrom = 4 * 1024 * 1024;
    void hashAll()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        constexpr qsizetype Chunk = 1024 * 1024;
        for (qsizetype at = 0; at < m_data.size(); at += Chunk) {
            if (m_job.stopRequested())
                return;
            hash.addData(QByteArrayView(m_data).sliced(at, std::min(Chunk, m_data.size() - at)));
        }
        m_hex = hash.result().toHex();
    }

    const QByteArray &m_data;
    QByteArray m_hex;
    Background::Job m_job; // stopped and joined first, when the checksum is destroyed
};

// A problem with the whole file (pointer null) or at its top (pointer "/").
Problem fileProblem(const QString &file, const QString &message, const QString &pointer = QString())
{
    Problem p;
    p.file = file;
    p.pointer = pointer;
    p.message = message;
    return p;
}

// A problem at a byte offset, as a line and column.
Problem locatedProblem(const QByteArray &data, const QString &file, qsizetype offset, const QString &message)
{
    Problem p;
    p.file = file;
    locate(data, offset, &p.line, &p.column);
    p.message = message;
    return p;
}

} // namespace

QString DatasetLoader::Result::summary() const
{
    if (!dataset)
        return {};
    const Dataset &d = *dataset;
    qsizetype paragraphs = 0;
    for (const Section &s : d.sections)
        paragraphs += s.paragraphs.size();
    return tr("%1 families, %2 dimensions, %3 sections, %4 paragraphs, %5 verdicts, %6 figures, %7 models, "
              "%8 scores, %9 sources, %10 claim checks, %11 anticipation checks, %12 questions, %13 charts; languages %14")
        .arg(d.families.size())
        .arg(d.dimensions.size())
        .arg(d.sections.size())
        .arg(paragraphs)
        .arg(d.verdicts.size())
        .arg(d.figures.size())
        .arg(d.models.size())
        .arg(d.scores.size())
        .arg(d.sources.size())
        .arg(d.claimChecks.size())
        .arg(d.anticipationChecks.size())
        .arg(d.questions.size())
        .arg(d.charts.size())
        .arg(d.languages.join(QStringLiteral(", ")));
}

DatasetLoader::Result DatasetLoader::loadFile(const QString &path)
{
    Result result;
    auto fail = [&](const QString &message) {
        Problem p;
        p.file = path;
        p.message = message;
        result.problems.append(p);
        return result;
    };
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("is a folder, not a dataset file"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    if (file.size() > MaxFileSize)
        return fail(tr("is %1 MiB; datasets over %2 MiB are refused").arg(file.size() / (1024 * 1024)).arg(MaxFileSize / (1024 * 1024)));
    // Reads at most one byte more than the limit, so a growing or special file cannot eat memory.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (data.size() > MaxFileSize)
        return fail(tr("is over %1 MiB; such datasets are refused").arg(MaxFileSize / (1024 * 1024)));
    return loadData(data, path);
}

DatasetLoader::Result DatasetLoader::loadData(const QByteArray &data, const QString &fileName)
{
    Result result;
    if (data.size() > MaxFileSize) {
        result.problems.append(
            fileProblem(fileName, tr("is over %1 MiB; such datasets are refused").arg(MaxFileSize / (1024 * 1024))));
        return result;
    }
    if (data.trimmed().isEmpty()) {
        result.problems.append(locatedProblem(data, fileName, 0, tr("the file is empty; expected a JSON object")));
        return result;
    }
    Checksum checksum(data); // from here on, on a second core for a large file
    Json::Document doc;
    const Json::Document::Error parseError = Json::Document::parse(data, &doc, MaxDepth);
    if (parseError.offset >= 0) {
        result.problems.append(locatedProblem(data, fileName, parseError.offset, parseError.message));
        return result;
    }
    if (!doc.root().isObject()) {
        result.problems.append(fileProblem(fileName, tr("expected an object at the top level"), QStringLiteral("/")));
        return result;
    }
    auto dataset = std::make_shared<Dataset>();
    Reader r(result.problems, fileName);
    readDataset(r, doc.root().toObject(), *dataset);
    dataset->checksum = checksum.result();
    if (result.problems.isEmpty())
        result.dataset = std::move(dataset);
    return result;
}

QString DatasetLoader::bundledPath()
{
    return QStringLiteral(":/data/versus.json");
}

DatasetLoader::Result DatasetLoader::loadBundled()
{
    return loadFile(bundledPath());
}
