// The window's pictures as slides (issue 12, item 8): at 1920x1080 thick lines, large text, a title and a
// parameter line, whatever the window's size; an SVG whose spike markers stay inside the voltage axes even where
// the data reach past them (checked in the document's clip paths and in rsvg-convert's rendering); "as on screen"
// still thin and small; the live plot exactly as it was afterwards. With LIFSCOPE_PICTURES=DIR the pictures are
// also copied to DIR to be looked at.
#include <QtTest>

#include <qcustomplot.h>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

#include "tests/support/isolated_settings.h"
#include "tests/support/window_test.h"
#include "ui/files/export_actions.h"
#include "ui/plots/plot_area.h"
#include "ui/plots/plot_style.h"
#include "ui/simulation/simulation_controller.h"
#include "ui/style/palette.h"
#include "ui/window/main_window.h"

using lif::ui::ExportActions;
using lif::ui::MainWindow;
using lif::ui::PictureLook;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// What an SVG of QSvgGenerator's says: its texts with their font sizes, the clip rects by id, and every shape
/// filled in `colour` with the clip path of the group it is in ("" if none) and its centre.
struct SvgContent {
    struct Text {
        QString text;
        double fontSize = 0.0;
    };
    struct Shape {
        QString clip;
        QPointF centre;
    };
    QList<Text> texts;
    QMap<QString, QRectF> clips;
    QList<Shape> filled;
    QList<double> strokeWidths;  ///< of the groups stroked in `colour`
    bool valid = false;
};

SvgContent readSvg(const QByteArray& document, const QColor& colour) {
    SvgContent content;
    QXmlStreamReader xml(document);
    struct Group {
        QString clip;
        QString fill;
        QString stroke;
    };
    QList<Group> groups{{}};
    QString clipId;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QStringLiteral("g")) {
            groups.removeLast();
        }
        if (token != QXmlStreamReader::StartElement) continue;
        const QXmlStreamAttributes a = xml.attributes();
        const auto number = [&a](const char* name) { return a.value(QLatin1String(name)).toDouble(); };
        if (xml.name() == QStringLiteral("g")) {
            Group group = groups.last();
            if (a.hasAttribute(QStringLiteral("clip-path")))
                group.clip = a.value(QStringLiteral("clip-path")).toString();
            if (a.hasAttribute(QStringLiteral("fill"))) group.fill = a.value(QStringLiteral("fill")).toString();
            if (a.hasAttribute(QStringLiteral("stroke"))) group.stroke = a.value(QStringLiteral("stroke")).toString();
            if (group.stroke == colour.name() && a.hasAttribute(QStringLiteral("stroke-width"))) {
                content.strokeWidths << number("stroke-width");
            }
            groups << group;
        } else if (xml.name() == QStringLiteral("clipPath")) {
            clipId = a.value(QStringLiteral("id")).toString();
        } else if (xml.name() == QStringLiteral("rect") && !clipId.isEmpty()) {
            content.clips[QStringLiteral("url(#%1)").arg(clipId)] =
                QRectF(number("x"), number("y"), number("width"), number("height"));
            clipId.clear();
        } else if (xml.name() == QStringLiteral("text")) {
            const double size = number("font-size");
            content.texts << SvgContent::Text{xml.readElementText(QXmlStreamReader::IncludeChildElements), size};
        } else if (groups.last().fill == colour.name() &&
                   (xml.name() == QStringLiteral("ellipse") || xml.name() == QStringLiteral("circle"))) {
            content.filled << SvgContent::Shape{groups.last().clip, QPointF(number("cx"), number("cy"))};
        }
    }
    content.valid = !xml.hasError();
    return content;
}

/// Pixels within a small distance of `colour`, outside `except`.
int pixelsNear(const QImage& image, const QColor& colour, const QRegion& except = QRegion()) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (except.contains(QPoint(x, y))) continue;
            const QColor pixel = image.pixelColor(x, y);
            const int distance = std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green()) +
                                 std::abs(pixel.blue() - colour.blue());
            count += distance < 40 ? 1 : 0;
        }
    }
    return count;
}

/// The look of a plot that the slide style changes, to compare before and after.
QStringList lookOf(QCustomPlot* plot) {
    QStringList look;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        look << QStringLiteral("pen %1").arg(plot->plottable(i)->pen().widthF());
    }
    for (QCPAxisRect* rect : plot->axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            look << axis->tickLabelFont().toString() << axis->labelFont().toString()
                 << QString::number(axis->basePen().widthF());
        }
    }
    look << plot->legend->font().toString() << QString::number(plot->legend->wrap())
         << QString::number(plot->legend->maximumSize().height()) << QString::number(plot->legend->margins().left())
         << QString::number(plot->plotLayout()->rowCount());
    return look;
}

}  // namespace

class SlideExportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { lif::testing::isolateSettings(QStringLiteral("test_ui_slide_export")); }
    void init() {
        QSettings().clear();
        problems_.clear();
        QVERIFY(directory_.isValid());  // one for all the tests: each writes files of its own names
        lif::ModelSetup setup = lif::defaultModelSetup();
        setup.stimulus.setAmplitude(600.0);  // fires at about 60 Hz
        window_ = std::make_unique<MainWindow>(setup);
        window_->exports()->setReport([this](const QString& title, const QString& message) {
            problems_ << title + QStringLiteral(": ") + message;
        });
        window_->resize(1280, 800);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->controller()->setSpeed(5.0);
        QTRY_VERIFY_WITH_TIMEOUT(window_->plots()->latestTime() > 1200.0, 10000);
    }
    void cleanup() {
        window_.reset();
        QSettings().clear();
    }

    void slideAt1920x1080HasThickLinesLargeTextAndACaption() {
        ExportActions* exports = window_->exports();
        const QString png = file(QStringLiteral("slide.png"));
        const QString screenPng = file(QStringLiteral("screen.png"));
        QVERIFY(exports->exportImage(png, QSize(1920, 1080)));
        QVERIFY(exports->exportImage(screenPng, QSize(1920, 1080), PictureLook::AsOnScreen));
        const QImage slide(png);
        QCOMPARE(slide.size(), QSize(1920, 1080));
        // The same trace drawn 2 px wide instead of 1: about twice the voltage-coloured pixels.
        const int thick = pixelsNear(slide, lif::ui::palette::voltage());
        const int thin = pixelsNear(QImage(screenPng), lif::ui::palette::voltage());
        QVERIFY2(thick > thin * 3 / 2, qPrintable(QStringLiteral("%1 vs %2 pixels").arg(thick).arg(thin)));

        const QString svg = file(QStringLiteral("slide.svg"));
        QVERIFY(exports->exportImage(svg, QSize(1920, 1080)));
        const SvgContent content = readSvg(readAll(svg), lif::ui::palette::voltage());
        QVERIFY(content.valid);
        QVERIFY(!content.strokeWidths.isEmpty());
        QVERIFY(*std::min_element(content.strokeWidths.begin(), content.strokeWidths.end()) >= 2.0);
        bool title = false;
        bool parameters = false;
        double smallest = 1e9;
        for (const SvgContent::Text& text : content.texts) {
            title = title || text.text.startsWith(QStringLiteral("Leaky integrate-and-fire neuron, t = "));
            parameters = parameters || (text.text.contains(QStringLiteral("C 250 pF, gL 25 nS")) &&
                                        text.text.contains(QStringLiteral("stimulus const:600")));
            smallest = std::min(smallest, text.fontSize);
        }
        QVERIFY(title);
        QVERIFY(parameters);
        QVERIFY2(smallest >= 20.0, qPrintable(QString::number(smallest)));  // tick labels included: 24 px
        keep({png, screenPng, svg});
        QVERIFY(problems_.isEmpty());
    }

    void asOnScreenStaysThinSmallAndUntitled() {
        const QString svg = file(QStringLiteral("screen.svg"));
        QVERIFY(window_->exports()->exportImage(svg, QSize(1920, 1080), PictureLook::AsOnScreen));
        const SvgContent content = readSvg(readAll(svg), lif::ui::palette::voltage());
        QVERIFY(content.valid);
        QVERIFY(content.strokeWidths.contains(1.0));
        for (const SvgContent::Text& text : content.texts) {
            QVERIFY(!text.text.startsWith(QStringLiteral("Leaky integrate-and-fire")));
            QVERIFY2(text.fontSize < 16.0, qPrintable(text.text));
        }
        // No size: the plot's size on screen.
        QVERIFY(window_->exports()->exportImage(file(QStringLiteral("own.png"))));
        QCOMPARE(QImage(file(QStringLiteral("own.png"))).size(), window_->plots()->plot()->size());
    }

    void livePlotIsAsBeforeAfterASlide() {
        QCustomPlot* plot = window_->plots()->plot();
        window_->controller()->setRunning(false);
        QTest::qWait(100);
        const QStringList before = lookOf(plot);
        const QRect voltageRect = window_->plots()->voltageRect()->rect();
        for (const QString& name : {QStringLiteral("a.png"), QStringLiteral("a.svg"), QStringLiteral("a.pdf")}) {
            QVERIFY(window_->exports()->exportImage(file(name), QSize(1920, 1080)));
            QCOMPARE(lookOf(plot), before);
            QCOMPARE(window_->plots()->voltageRect()->rect(), voltageRect);  // laid out for the screen again
        }
        QCPGraph* markers = lif::testing::graphNamed(plot, QStringLiteral("spike"));
        QVERIFY(markers != nullptr);
        QCOMPARE(markers->scatterStyle().shape(), QCPScatterStyle::ssPixmap);  // the fast path is back
    }

    void svgMarkersStayInsideTheVoltageAxes() {
        // Paused, with the view panned so that a spike lies just left of it: its marker is in the data but must
        // not be drawn over the tick labels.
        window_->controller()->setRunning(false);
        QTest::qWait(100);
        QCustomPlot* plot = window_->plots()->plot();
        QCPGraph* markers = lif::testing::graphNamed(plot, QStringLiteral("spike"));
        QVERIFY(markers != nullptr && markers->dataCount() >= 3);
        const double spike = (markers->data()->constBegin() + 1)->key;
        plot->xAxis->setRange(spike + 1.0, spike + 501.0);  // the time axes follow each other
        plot->replot();
        const QSize size(1200, 800);
        const QString svg = file(QStringLiteral("panned.svg"));
        QVERIFY(window_->exports()->exportImage(svg, size));
        const QByteArray document = readAll(svg);
        QVERIFY(document.contains("version=\"1.1\""));
        const SvgContent content = readSvg(document, lif::ui::palette::spike());
        QVERIFY(content.valid);
        QCOMPARE(content.clips.size(), plot->axisRectCount());
        const QRectF voltage = content.clips.value(QStringLiteral("url(#axisRect0)"));
        QVERIFY(!voltage.isEmpty());
        int clipped = 0;
        bool outsideInTheData = false;
        for (const SvgContent::Shape& marker : content.filled) {
            if (marker.clip.isEmpty()) {
                // The legend's spike icon is the one disc that QCustomPlot does not clip: above the plots.
                QVERIFY2(marker.centre.y() < voltage.top(), qPrintable(QString::number(marker.centre.y())));
                continue;
            }
            QCOMPARE(content.clips.value(marker.clip), voltage);
            ++clipped;
            outsideInTheData = outsideInTheData || !voltage.contains(marker.centre);
        }
        QVERIFY(clipped > 3);
        QVERIFY(outsideInTheData);  // else the test would not show the clipping

        // The clip is the voltage rect as laid out for this picture.
        {
            lif::ui::SlideStyleScope scope(
                *plot, size, ExportActions::captionFor(window_->currentSession(), spike + 1.0, spike + 501.0).title,
                ExportActions::captionFor(window_->currentSession(), spike + 1.0, spike + 501.0).parameters);
            plot->toPixmap(size.width(), size.height(), 1.0);
            QCOMPARE(voltage, QRectF(window_->plots()->voltageRect()->rect().translated(0, -1)));
        }
        plot->replot();

        const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
        if (rsvg.isEmpty()) {
            QSKIP("rsvg-convert (librsvg2-bin, scripts/install-deps) is not installed");
        }
        const QString rendered = file(QStringLiteral("panned-svg.png"));
        QCOMPARE(QProcess::execute(rsvg, {QStringLiteral("-w"), QString::number(size.width()), QStringLiteral("-h"),
                                          QString::number(size.height()), svg, QStringLiteral("-o"), rendered}),
                 0);
        const QImage image(rendered);
        QCOMPARE(image.size(), size);
        // Nothing spike-coloured outside the voltage axes but the legend's icon, above them.
        QVERIFY(pixelsNear(image, lif::ui::palette::spike(),
                           QRegion(0, 0, size.width(), qRound(voltage.top())) + voltage.toRect()) == 0);
        QVERIFY(pixelsNear(image, lif::ui::palette::spike()) > 0);
        keep({svg, rendered});
    }

    void picturesAtEveryWindowSize() {
        for (const QSize& windowSize : {QSize(1024, 768), QSize(1280, 800), QSize(1920, 1080)}) {
            window_->resize(windowSize);
            QTest::qWait(300);
            const QString name = QStringLiteral("window-%1x%2").arg(windowSize.width()).arg(windowSize.height());
            QStringList written;
            for (const QString& suffix : {QStringLiteral(".png"), QStringLiteral(".svg"), QStringLiteral(".pdf")}) {
                written << file(name + suffix);
                QVERIFY(window_->exports()->exportImage(written.last(), QSize(1920, 1080)));
            }
            QCOMPARE(QImage(written.first()).size(), QSize(1920, 1080));
            const SvgContent content = readSvg(readAll(written[1]), lif::ui::palette::voltage());
            double smallest = 1e9;
            for (const SvgContent::Text& text : content.texts)
                smallest = std::min(smallest, text.fontSize);
            QVERIFY2(smallest >= 20.0, qPrintable(name));  // not the screen's text, whatever the screen
            QVERIFY(readAll(written[2]).startsWith("%PDF"));
            written << file(name + QStringLiteral("-plot-size.png"));
            QVERIFY(window_->exports()->exportImage(written.last()));
            keep(written);
        }
        QVERIFY(problems_.isEmpty());
    }

    void captionNamesTheTimeAndTheSetup() {
        lif::Session session = window_->currentSession();
        session.run.parameters.rateE = 2000.0;
        const auto caption = ExportActions::captionFor(session, -20.0, 3000.0);
        QCOMPARE(caption.title, QStringLiteral("Leaky integrate-and-fire neuron, t = 0.000 to 3.000\u2009s"));
        QCOMPARE(ExportActions::captionFor(session, 260.0, 924.0).title,
                 QStringLiteral("Leaky integrate-and-fire neuron, t = 260 to 924\u2009ms"));
        QVERIFY2(caption.parameters.startsWith(QStringLiteral(
                     "C 250 pF, gL 25 nS, EL \u221265 mV, Vth \u221250 mV, Vreset \u221265 mV, tref 2 ms; "
                     "stimulus const:600; rateE 2000 Hz, wE 50 pA, tauE 5 ms; solver ")),
                 qPrintable(caption.parameters));
        QVERIFY(!caption.parameters.contains(QStringLiteral("rateI")));
        QCOMPARE(lif::ui::parameterText(session.run.parameters, {"tref", "nonsense", "seed"}),
                 QStringLiteral("tref 2 ms, seed 1"));
    }

    void aLongCaptionIsWrappedToANarrowPicture() {
        const QString caption = QStringLiteral(
            "C 250 pF, gL 25 nS, EL -65 mV, Vth -50 mV; stimulus const:600; "
            "rateE 2000 Hz, wE 50 pA, tauE 5 ms; solver auto (dopri5)");
        for (const int width : {400, 3000}) {
            QCustomPlot plot;
            lif::ui::applySlideStyle(plot, QSize(width, 600), QStringLiteral("Title"), caption);
            auto* line = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(1, 0));
            QVERIFY(line != nullptr);
            QCOMPARE(line->text().contains(QLatin1Char('\n')), width == 400);
            QCOMPARE(QString(line->text()).replace(QLatin1Char('\n'), QLatin1Char(' ')), caption);
        }
    }

private:
    QString file(const QString& name) const { return directory_.filePath(name); }
    /// Copies the pictures to $LIFSCOPE_PICTURES, if set, to be looked at.
    static void keep(const QStringList& paths) {
        const QString target = qEnvironmentVariable("LIFSCOPE_PICTURES");
        if (target.isEmpty()) return;
        QDir().mkpath(target);
        for (const QString& path : paths) {
            const QString copy = QDir(target).filePath(QFileInfo(path).fileName());
            QFile::remove(copy);
            QFile::copy(path, copy);
        }
    }

    QTemporaryDir directory_;
    std::unique_ptr<MainWindow> window_;
    QStringList problems_;
};

QTEST_MAIN(SlideExportTest)
#include "test_ui_slide_export.moc"
