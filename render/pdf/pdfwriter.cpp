#include "render/pdf/pdfwriter.h"

#include "core/export/atomicfile.h"
#include "core/i18n/language.h"

#include <QBuffer>
#include <QFont>
#include <QHash>
#include <QPdfWriter>
#include <QRawFont>

#include <algorithm>
#include <tuple>

namespace {
constexpr char16_t RadicalsFirst = 0x2E80, RadicalsLast = 0x2FDF;

bool isRadical(uint u)
{
    return u >= RadicalsFirst && u <= RadicalsLast;
}

// Each radical of the CJK fonts (picked by name, so that Han characters take their
// Simplified Chinese forms) mapped to the ideograph drawn with the same glyph.
QHash<uint, char16_t> radicalIdeographs()
{
    QHash<uint, char16_t> toIdeograph;
    QFont font;
    font.setFamilies(Language::cjkFamilies());
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return toIdeograph;
    QString radicals;
    for (char16_t u = RadicalsFirst; u <= RadicalsLast; ++u)
        radicals.append(QChar(u));
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    QHash<quint32, char16_t> wanted;
    for (int i = 0; i < radicalGlyphs.size(); ++i) {
        if (radicalGlyphs.at(i))
            wanted.insert(radicalGlyphs.at(i), 0);
    }
    QString ideographs;
    for (char16_t u = 0x3400; u <= 0x4DBF; ++u)
        ideographs.append(QChar(u));
    for (char16_t u = 0x4E00; u <= 0x9FFF; ++u)
        ideographs.append(QChar(u));
    const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
    for (int i = 0; i < glyphs.size(); ++i) {
        auto it = wanted.find(glyphs.at(i));
        if (it != wanted.end() && it.value() == 0)
            it.value() = ideographs.at(i).unicode();
    }
    for (int i = 0; i < radicalGlyphs.size(); ++i) {
        const char16_t ideograph = wanted.value(radicalGlyphs.at(i));
        if (ideograph)
            toIdeograph.insert(RadicalsFirst + i, ideograph);
    }
    return toIdeograph;
}

// Qt's PDF writer gives each glyph, for copying and searching, the lowest code point that
// maps to it. CJK fonts draw a Kangxi radical (U+2F00..) and its ideograph with one glyph,
// so 力 would be found and copied as the radical ⼒. This rewrites those ToUnicode entries
// to the ideograph; each is four hex digits either way, so no offset in the file moves.
void fixCjkToUnicode(QByteArray *pdf)
{
    std::optional<QHash<uint, char16_t>> toIdeograph; // built when first needed
    // Rewrites the token <XXXX> at pos when it names a radical.
    auto patch = [&](qsizetype pos) {
        if (pos < 0 || pos + 6 > pdf->size() || pdf->at(pos) != '<' || pdf->at(pos + 5) != '>')
            return;
        bool ok = false;
        const uint u = pdf->mid(pos + 1, 4).toUInt(&ok, 16);
        if (!ok || !isRadical(u))
            return;
        if (!toIdeograph)
            toIdeograph = radicalIdeographs();
        const char16_t ideograph = toIdeograph->value(u);
        if (ideograph)
            pdf->replace(pos + 1, 4, QByteArray::number(uint(ideograph), 16).toUpper().rightJustified(4, '0'));
    };
    for (const auto &[begin, end, arrays] :
        {std::tuple {"beginbfrange", "endbfrange", true}, {"beginbfchar", "endbfchar", false}}) {
        qsizetype from = 0;
        while ((from = pdf->indexOf(begin, from)) >= 0) {
            const qsizetype stop = pdf->indexOf(end, from);
            if (stop < 0)
                break;
            qsizetype line = pdf->indexOf('\n', from) + 1;
            while (line > 0 && line < stop) {
                const qsizetype eol = std::min(pdf->indexOf('\n', line) < 0 ? stop : pdf->indexOf('\n', line), stop);
                const QByteArray text = pdf->mid(line, eol - line);
                const qsizetype bracket = text.indexOf('[');
                if (arrays && bracket >= 0) {
                    for (qsizetype p = text.indexOf('<', bracket); p >= 0; p = text.indexOf('<', p + 1))
                        patch(line + p);
                } else {
                    // bfrange: <first> <last> <value>; bfchar: <glyph> <value>
                    qsizetype p = text.indexOf('<');
                    for (int skip = arrays ? 2 : 1; p >= 0 && skip > 0; --skip)
                        p = text.indexOf('<', p + 1);
                    if (p >= 0)
                        patch(line + p);
                }
                line = eol + 1;
            }
            from = stop;
        }
    }
}
} // namespace

bool PdfWriter::makePdf(QByteArray *pdf, const Setup &setup, const Draw &draw, QString *error)
{
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(setup.pageSize ? *setup.pageSize : localePageSize());
    writer.setPageMargins(setup.margins, QPageLayout::Millimeter);
    writer.setResolution(setup.resolution);
    writer.setTitle(setup.title);
    writer.setCreator(setup.creator);
    return draw(&writer, error);
}

bool PdfWriter::write(QIODevice *device, const Setup &setup, const Draw &draw, QString *error)
{
    QByteArray data;
    if (!makePdf(&data, setup, draw, error))
        return false;
    fixCjkToUnicode(&data);
    // A short write (a disk filling up) is retried, so that the next one names the cause.
    for (qsizetype done = 0; done < data.size();) {
        const qint64 written = device->write(data.constData() + done, data.size() - done);
        if (written <= 0) {
            if (error)
                *error = device->errorString().isEmpty() || device->errorString() == QLatin1String("Unknown error")
                    ? tr("the data could not be written")
                    : device->errorString();
            return false;
        }
        done += written;
    }
    return true;
}

bool PdfWriter::write(const QString &path, const Setup &setup, const Draw &draw, QString *error)
{
    AtomicFile file(path);
    if (!file.open(error))
        return false;
    QString why;
    if (!write(file.device(), setup, draw, &why)) {
        file.cancel();
        if (error)
            *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    }
    return file.commit(error);
}

QPageSize PdfWriter::defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QLocale PdfWriter::paperLocale()
{
    for (const char *name : {"LC_ALL", "LC_PAPER", "LANG"}) {
        QString value = qEnvironmentVariable(name);
        value = value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
        if (!value.isEmpty())
            return QLocale(value);
    }
    return QLocale::system();
}
