#include "core/json/jsondom.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <limits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Json {

namespace {

constexpr quint32 NoNode = std::numeric_limits<quint32>::max();

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The length of the valid UTF-8 sequence at p (whose first byte is >= 0x80), or 0.
int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    auto cont = [&](int i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return p + i < end && p[i] >= lo && p[i] <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED) // no UTF-16 surrogates
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

void appendUtf8(QByteArray *out, char32_t u)
{
    if (u < 0x80) {
        out->append(char(u));
    } else if (u < 0x800) {
        out->append(char(0xC0 | (u >> 6)));
        out->append(char(0x80 | (u & 0x3F)));
    } else if (u < 0x10000) {
        out->append(char(0xE0 | (u >> 12)));
        out->append(char(0x80 | ((u >> 6) & 0x3F)));
        out->append(char(0x80 | (u & 0x3F)));
    } else {
        out->append(char(0xF0 | (u >> 18)));
        out->append(char(0x80 | ((u >> 12) & 0x3F)));
        out->append(char(0x80 | ((u >> 6) & 0x3F)));
        out->append(char(0x80 | (u & 0x3F)));
    }
}

// Decodes the escapes of a string whose bytes were checked by the parser.
QByteArray unescape(const char *p, const char *end)
{
    QByteArray out;
    out.reserve(end - p);
    while (p < end) {
        if (*p != '\\') {
            out.append(*p++);
            continue;
        }
        ++p;
        const char e = *p++;
        switch (e) {
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u': {
            auto hex4 = [](const char *h) {
                return char32_t((hexValue(h[0]) << 12) | (hexValue(h[1]) << 8) | (hexValue(h[2]) << 4) | hexValue(h[3]));
            };
            char32_t u = hex4(p);
            p += 4;
            if (u >= 0xD800 && u <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const char32_t low = hex4(p + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            if (u >= 0xD800 && u <= 0xDFFF) // a lone surrogate
                u = 0xFFFD;
            appendUtf8(&out, u);
            break;
        }
        default: out.append(e); break; // " \ /
        }
    }
    return out;
}

} // namespace

class Parser
{
public:
    Parser(const QByteArray &data, Document *doc, int maxDepth)
        : m_begin(data.constData()), m_p(data.constData()), m_end(data.constData() + data.size()), m_doc(doc),
          m_maxDepth(maxDepth)
    {
    }

    Document::Error run()
    {
        // Compact JSON of short strings makes about one node per 7 bytes. Reserving more
        // than is used costs only address space: untouched pages are never mapped.
        m_doc->m_nodes.reserve(size_t(m_end - m_begin) / 4 + 16);
        skipSpace();
        if (m_p == m_end)
            return fail(Document::tr("the file is empty; expected a JSON value"));
        if (!value())
            return m_error;
        skipSpace();
        if (m_p != m_end)
            return fail(Document::tr("unexpected text after the end of the document"));
        return {};
    }

private:
    Document::Error fail(const QString &message, const char *at = nullptr)
    {
        if (m_error.offset < 0) {
            m_error.offset = (at ? at : m_p) - m_begin;
            m_error.message = message;
        }
        return m_error;
    }
    bool failed(const QString &message, const char *at = nullptr)
    {
        fail(message, at);
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    quint32 offset(const char *p) const { return quint32(p - m_begin); }

    quint32 add(Type type, quint32 a, quint32 b)
    {
        m_doc->m_nodes.push_back({type, false, 0, a, b});
        return quint32(m_doc->m_nodes.size() - 1);
    }

    void close(quint32 node) { m_doc->m_nodes[node].next = quint32(m_doc->m_nodes.size()); }

    bool value()
    {
        if (m_p == m_end)
            return failed(Document::tr("the file ends where a value was expected"));
        switch (*m_p) {
        case '{': return container(Type::Object);
        case '[': return container(Type::Array);
        case '"': return string();
        case 't': return literal("true", Type::Bool, 1);
        case 'f': return literal("false", Type::Bool, 0);
        case 'n': return literal("null", Type::Null, 0);
        default:
            if (*m_p == '-' || isDigit(*m_p))
                return number();
            return failed(Document::tr("expected a value (an object, array, string, number, true, false or null)"));
        }
    }

    bool literal(const char *word, Type type, quint32 a)
    {
        const size_t n = std::strlen(word);
        const char *start = m_p;
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0 || (m_p + n < m_end && std::isalnum(static_cast<unsigned char>(m_p[n]))))
            return failed(Document::tr("expected a value (an object, array, string, number, true, false or null)"));
        m_p += n;
        close(add(type, a, offset(start)));
        return true;
    }

    bool number()
    {
        const char *start = m_p;
        const char *p = m_p;
        if (p < m_end && *p == '-')
            ++p;
        if (p < m_end && *p == '0') {
            ++p;
        } else if (p < m_end && isDigit(*p)) {
            while (p < m_end && isDigit(*p))
                ++p;
        } else {
            return failed(Document::tr("invalid number"), start);
        }
        if (p < m_end && *p == '.') {
            ++p;
            if (p == m_end || !isDigit(*p))
                return failed(Document::tr("invalid number"), start);
            while (p < m_end && isDigit(*p))
                ++p;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                ++p;
            if (p == m_end || !isDigit(*p))
                return failed(Document::tr("invalid number"), start);
            while (p < m_end && isDigit(*p))
                ++p;
        }
        if (p < m_end && (std::isalnum(static_cast<unsigned char>(*p)) || *p == '.'))
            return failed(Document::tr("invalid number"), start);
        double d = 0;
        const auto result = std::from_chars(start, p, d);
        if (result.ec == std::errc::result_out_of_range) {
            // A magnitude too small for a double reads as zero; one too large is an error.
            bool negativeExponent = false;
            for (const char *e = start; e < p; ++e) {
                if (*e == 'e' || *e == 'E')
                    negativeExponent = e + 1 < p && e[1] == '-';
            }
            if (!negativeExponent)
                return failed(Document::tr("number out of range"), start);
            d = 0;
        } else if (result.ec != std::errc() || result.ptr != p) {
            return failed(Document::tr("invalid number"), start);
        }
        m_p = p;
        m_doc->m_numbers.push_back(d);
        close(add(Type::Double, quint32(m_doc->m_numbers.size() - 1), offset(start)));
        return true;
    }

    // A string at m_p (a quote); the node points at the bytes between the quotes.
    bool string()
    {
        const char *quote = m_p;
        const char *p = m_p + 1;
        bool escaped = false;
        for (;;) {
            // Plain ASCII runs are the common case: skipped 16 bytes at a time where possible.
#ifdef __SSE2__
            while (m_end - p >= 16) {
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                // A byte >= 0x80 or < 0x20 (signed: < 0x20 and not negative), '"' or '\\'.
                const __m128i special = _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))),
                    _mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20)));
                const int mask = _mm_movemask_epi8(special);
                if (mask != 0) {
                    p += __builtin_ctz(unsigned(mask));
                    break;
                }
                p += 16;
            }
#endif
            while (p < m_end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\'
                   && static_cast<unsigned char>(*p) < 0x80)
                ++p;
            if (p == m_end)
                return failed(Document::tr("the file ends inside a string"), quote);
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                if (p + 1 == m_end)
                    return failed(Document::tr("the file ends inside a string"), quote);
                const char e = p[1];
                if (e == 'u') {
                    if (m_end - p < 6 || hexValue(p[2]) < 0 || hexValue(p[3]) < 0 || hexValue(p[4]) < 0 || hexValue(p[5]) < 0)
                        return failed(Document::tr("invalid \\u escape: expected four hexadecimal digits"), p);
                    p += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                    p += 2;
                } else {
                    return failed(Document::tr("invalid escape sequence in a string"), p);
                }
            } else if (c < 0x20) {
                return failed(Document::tr("control character in a string (write it as an escape such as \\n)"), p);
            } else {
                const int n = utf8Length(reinterpret_cast<const unsigned char *>(p), reinterpret_cast<const unsigned char *>(m_end));
                if (n == 0)
                    return failed(Document::tr("invalid UTF-8 in a string"), p);
                p += n;
            }
        }
        const quint32 node = add(Type::String, offset(quote + 1), quint32(p - quote - 1));
        m_doc->m_nodes[node].escaped = escaped;
        close(node);
        m_p = p + 1;
        return true;
    }

    bool enter()
    {
        if (++m_depth > m_maxDepth)
            return failed(Document::tr("nested deeper than %1 levels").arg(m_maxDepth));
        return true;
    }

    // An array or an object, at m_p (its opening bracket).
    bool container(Type type)
    {
        const bool isObject = type == Type::Object;
        const char closing = isObject ? '}' : ']';
        if (!enter())
            return false;
        const quint32 node = add(type, 0, offset(m_p));
        ++m_p;
        quint32 count = 0;
        skipSpace();
        if (m_p < m_end && *m_p == closing) {
            ++m_p;
        } else {
            for (;;) {
                skipSpace();
                if (!(isObject ? member() : value()))
                    return false;
                ++count;
                skipSpace();
                if (m_p == m_end)
                    return failed(isObject ? Document::tr("the file ends inside an object (missing \"}\")")
                                           : Document::tr("the file ends inside an array (missing \"]\")"));
                if (*m_p == ',') {
                    ++m_p;
                    skipSpace();
                    if (m_p < m_end && *m_p == closing)
                        return failed(isObject ? Document::tr("a comma before \"}\": expected another member")
                                               : Document::tr("a comma before \"]\": expected another value"));
                    continue;
                }
                if (*m_p == closing) {
                    ++m_p;
                    break;
                }
                return failed(isObject ? Document::tr("expected \",\" or \"}\" in an object")
                                       : Document::tr("expected \",\" or \"]\" in an array"));
            }
        }
        m_doc->m_nodes[node].a = count;
        close(node);
        --m_depth;
        return !isObject || count < 2 || uniqueKeys(node);
    }

    // "name": value, at m_p.
    bool member()
    {
        if (m_p == m_end)
            return failed(Document::tr("the file ends inside an object (missing \"}\")"));
        if (*m_p != '"')
            return failed(Document::tr("expected a member name in quotes"));
        if (!string())
            return false;
        skipSpace();
        if (m_p == m_end || *m_p != ':')
            return failed(Document::tr("expected \":\" after a member name"));
        ++m_p;
        skipSpace();
        return value();
    }

    // Two members with one name would make one of them silently lost.
    bool uniqueKeys(quint32 object)
    {
        const auto &nodes = m_doc->m_nodes;
        const quint32 count = nodes[object].a;
        // Escaped names (rare) are compared decoded; reserved once, so the views stay put.
        std::vector<QByteArray> decoded;
        auto nameOf = [&](quint32 k) {
            const Document::Node &key = nodes[k];
            if (!key.escaped)
                return std::string_view(m_begin + key.a, key.b);
            if (decoded.empty())
                decoded.reserve(count);
            decoded.push_back(unescape(m_begin + key.a, m_begin + key.a + key.b));
            return std::string_view(decoded.back().constData(), size_t(decoded.back().size()));
        };
        using Name = std::pair<std::string_view, quint32>; // the name and its key's node
        auto duplicate = [&](const Name &later) {
            return failed(Document::tr("duplicate member \"%1\"")
                              .arg(QString::fromUtf8(later.first.data(), qsizetype(later.first.size()))),
                          m_begin + nodes[later.second].a - 1);
        };
        // Nearly every object is small: its names are compared pair by pair, allocating
        // nothing; a large one's are sorted.
        Name small[8];
        std::vector<Name> large(count > 8 ? count : 0);
        Name *names = count > 8 ? large.data() : small;
        quint32 n = 0;
        for (quint32 k = object + 1; k < nodes[object].next; k = nodes[k + 1].next)
            names[n++] = {nameOf(k), k};
        if (count <= 8) {
            for (quint32 i = 1; i < n; ++i) {
                for (quint32 j = 0; j < i; ++j) {
                    if (names[i].first == names[j].first)
                        return duplicate(names[i]);
                }
            }
            return true;
        }
        std::stable_sort(names, names + n, [](const Name &x, const Name &y) { return x.first < y.first; });
        for (quint32 i = 1; i < n; ++i) {
            if (names[i].first == names[i - 1].first)
                return duplicate(names[i]); // stable: the later of the two in the file
        }
        return true;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    Document *m_doc;
    int m_maxDepth;
    int m_depth = 0;
    Document::Error m_error;
};

Document::Error Document::parse(const QByteArray &data, Document *document, int maxDepth)
{
    document->m_data = data;
    document->m_nodes.clear();
    document->m_numbers.clear();
    if (data.size() >= qsizetype(NoNode)) {
        Error e;
        e.offset = 0;
        e.message = tr("the file is too large");
        return e;
    }
    Parser parser(document->m_data, document, maxDepth);
    Error error = parser.run();
    if (error.offset >= 0) {
        document->m_nodes.clear();
        document->m_numbers.clear();
    }
    return error;
}

QString Document::string(quint32 node, StringCache *cache) const
{
    const Node &n = m_nodes[node];
    const char *p = m_data.constData() + n.a;
    if (n.escaped) {
        const QByteArray bytes = unescape(p, p + n.b);
        return QString::fromUtf8(bytes);
    }
    if (n.b == 0)
        return QString(QLatin1String(""));
    if (cache && n.b <= 16) {
        const std::string_view view(p, n.b);
        const auto it = cache->m_strings.find(view);
        if (it != cache->m_strings.end())
            return it->second;
        return cache->m_strings.emplace(view, QString::fromUtf8(p, n.b)).first->second;
    }
    return QString::fromUtf8(p, n.b);
}

QString Document::pointer(quint32 node) const
{
    QString path;
    quint32 at = 0;
    while (at != node && node < m_nodes.size()) {
        const Node &container = m_nodes[at];
        quint32 child = at + 1;
        if (container.type == Type::Object) {
            while (child < container.next) {
                const quint32 value = child + 1;
                if (node == child || (node >= value && node < m_nodes[value].next)) {
                    QString key = string(child);
                    key.replace(QLatin1Char('~'), QLatin1String("~0"));
                    key.replace(QLatin1Char('/'), QLatin1String("~1"));
                    path += QLatin1Char('/') + key;
                    if (node == child) // a member's name: the pointer of its value
                        return path;
                    break;
                }
                child = m_nodes[value].next;
            }
            at = child + 1;
        } else if (container.type == Type::Array) {
            qsizetype index = 0;
            while (child < container.next && !(node >= child && node < m_nodes[child].next)) {
                child = m_nodes[child].next;
                ++index;
            }
            path += QLatin1Char('/') + QString::number(index);
            at = child;
        } else {
            break;
        }
        if (child >= container.next) // not inside: cannot happen for a node of this document
            break;
    }
    return path;
}


// Value


bool Value::toBool() const
{
    return isBool() && m_doc->m_nodes[m_node].a != 0;
}

double Value::toDouble() const
{
    return isDouble() ? m_doc->m_numbers[m_doc->m_nodes[m_node].a] : 0;
}

QString Value::toString(StringCache *cache) const
{
    return isString() ? m_doc->string(m_node, cache) : QString();
}

Object Value::toObject() const
{
    return isObject() ? Object(m_doc, m_node) : Object();
}

Array Value::toArray() const
{
    return isArray() ? Array(m_doc, m_node) : Array();
}

qsizetype Value::offset() const
{
    if (!m_doc)
        return -1;
    const Document::Node &n = m_doc->m_nodes[m_node];
    return n.type == Type::String ? qsizetype(n.a) - 1 : qsizetype(n.b);
}

QString Value::pointer() const
{
    return m_doc ? m_doc->pointer(m_node) : QString();
}

QJsonValue Value::toQJsonValue() const
{
    switch (type()) {
    case Type::Null: return QJsonValue(QJsonValue::Null);
    case Type::Bool: return QJsonValue(toBool());
    case Type::Double: return QJsonValue(toDouble());
    case Type::String: return QJsonValue(toString());
    case Type::Array: {
        QJsonArray out;
        const Array a = toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            out.append(a.at(i).toQJsonValue());
        return out;
    }
    case Type::Object: {
        QJsonObject out;
        const Object o = toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), it.value().toQJsonValue());
        return out;
    }
    case Type::Undefined: break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Object

qsizetype Object::size() const
{
    return m_doc ? qsizetype(m_doc->m_nodes[m_node].a) : 0;
}

Value Object::value(QLatin1String key) const
{
    for (auto it = begin(); it != end(); ++it) {
        if (it.keyIs(key))
            return it.value();
    }
    return {};
}



QString Object::const_iterator::key(StringCache *cache) const
{
    return m_doc->string(m_node, cache);
}




QJsonObject Object::toQJsonObject() const
{
    return m_doc ? Value(m_doc, m_node).toQJsonValue().toObject() : QJsonObject();
}

// Array

Array::Array(const Document *doc, quint32 node) : m_doc(doc), m_node(node), m_lastNode(node)
{
}

qsizetype Array::size() const
{
    return m_doc ? qsizetype(m_doc->m_nodes[m_node].a) : 0;
}

Value Array::at(qsizetype index) const
{
    if (index < 0 || index >= size())
        return {};
    quint32 node;
    qsizetype i;
    if (m_lastIndex >= 0 && index >= m_lastIndex) {
        node = m_lastNode;
        i = m_lastIndex;
    } else {
        node = m_node + 1;
        i = 0;
    }
    while (i < index) {
        node = m_doc->m_nodes[node].next;
        ++i;
    }
    m_lastIndex = index;
    m_lastNode = node;
    return Value(m_doc, node);
}

} // namespace Json
