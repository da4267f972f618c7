#include "ui/plots/clipped_svg.h"

#include <qcustomplot.h>
#include <QBuffer>
#include <QSet>
#include <QSvgGenerator>

#include <utility>
#include <vector>

namespace lif::ui {

namespace {

/// QCustomPlot sets its background brush but has no getter for it; the passes after the first must not paint it
/// over the first. (A pointer to a protected member formed in a derived class is legal C++; nothing is cast.)
struct BackgroundBrush : QCustomPlot {
    static QBrush of(const QCustomPlot& plot) { return plot.*(&BackgroundBrush::mBackgroundBrush); }
};

/// The axis rect whose rectangle QCustomPlot clips `layerable` to; nullptr for what it does not clip.
QCPAxisRect* clipRectOf(QCPLayerable* layerable) {
    if (auto* plottable = qobject_cast<QCPAbstractPlottable*>(layerable)) {
        QCPAxis* keyAxis = plottable->keyAxis();
        return keyAxis != nullptr ? keyAxis->axisRect() : nullptr;
    }
    if (auto* item = qobject_cast<QCPAbstractItem*>(layerable)) {
        return item->clipToAxisRect() ? item->clipAxisRect() : nullptr;
    }
    return nullptr;
}

std::vector<QCPLayerable*> allLayerables(const QCustomPlot& plot) {
    std::vector<QCPLayerable*> result;
    for (int i = 0; i < plot.layerCount(); ++i) {
        for (QCPLayerable* child : plot.layer(i)->children()) {
            result.push_back(child);
        }
    }
    return result;
}

/// Shows only what one pass draws, for its lifetime; every visibility and brush it changed is put back.
class Pass {
public:
    /// `rect` nullptr: everything QCustomPlot does not clip. Otherwise what it clips to `rect`, and the
    /// layerables those hang from (axis rect, layout), with no background.
    Pass(QCustomPlot& plot, QCPAxisRect* rect) : plot_(plot), background_(BackgroundBrush::of(plot)) {
        const std::vector<QCPLayerable*> layerables = allLayerables(plot);
        QSet<QCPLayerable*> shown;
        if (rect != nullptr) {
            for (QCPLayerable* layerable : layerables) {
                if (clipRectOf(layerable) != rect) continue;
                for (QCPLayerable* up = layerable; up != nullptr; up = up->parentLayerable()) {
                    shown.insert(up);
                }
            }
            plot.setBackground(Qt::NoBrush);
            brushes_.emplace_back(rect, rect->backgroundBrush());
            rect->setBackground(Qt::NoBrush);
        }
        for (QCPLayerable* layerable : layerables) {
            const bool show = rect == nullptr ? clipRectOf(layerable) == nullptr : shown.contains(layerable);
            if (!show && qobject_cast<QCPAxis*>(layerable) != nullptr) {
                continue;  // hiding an axis takes its margin away; its layer is hidden below instead
            }
            if (!show && layerable->visible()) {
                layerable->setVisible(false);
                hidden_.push_back(layerable);
            }
        }
        if (rect != nullptr) {
            for (int i = 0; i < plot.layerCount(); ++i) {
                QCPLayer* layer = plot.layer(i);
                bool needed = false;
                for (QCPLayerable* child : layer->children()) {
                    needed = needed || shown.contains(child);
                }
                if (!needed && layer->visible()) {
                    layer->setVisible(false);
                    hiddenLayers_.push_back(layer);
                }
            }
        }
    }
    ~Pass() {
        for (QCPLayerable* layerable : hidden_)
            layerable->setVisible(true);
        for (QCPLayer* layer : hiddenLayers_)
            layer->setVisible(true);
        for (auto& [rect, brush] : brushes_)
            rect->setBackground(brush);
        plot_.setBackground(background_);
    }
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;

private:
    QCustomPlot& plot_;
    QBrush background_;
    std::vector<QCPLayerable*> hidden_;
    std::vector<QCPLayer*> hiddenLayers_;
    std::vector<std::pair<QCPAxisRect*, QBrush>> brushes_;
};

/// What a QSvgGenerator document draws: the text between its (empty) defs and its end.
QByteArray bodyOf(const QByteArray& document) {
    const QByteArray defsEnd = QByteArrayLiteral("</defs>");
    const qsizetype from = document.indexOf(defsEnd);
    const qsizetype to = document.lastIndexOf(QByteArrayLiteral("</svg>"));
    if (from < 0 || to < from) return {};
    return document.mid(from + defsEnd.size(), to - from - defsEnd.size());
}

}  // namespace

void paintVectorized(QCustomPlot& plot, QPaintDevice& device, QSize size) {
    QCPPainter painter(&device);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, size.width(), size.height());
    painter.end();
}

QByteArray plainSvg(QCustomPlot& plot, QSize size, const QString& title, const QString& description) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(description);
    paintVectorized(plot, generator, size);
    return bytes;
}

QByteArray clippedSvg(QCustomPlot& plot, QSize size, const QString& title, const QString& description) {
    QByteArray frame;
    {
        const Pass pass(plot, nullptr);
        frame = plainSvg(plot, size, title, description);
    }
    const qsizetype defsEnd = frame.indexOf(QByteArrayLiteral("</defs>"));
    if (defsEnd < 0) return {};
    QByteArray clips;
    QByteArray groups;
    const QList<QCPAxisRect*> rects = plot.axisRects();
    for (int i = 0; i < rects.size(); ++i) {
        QByteArray body;
        {
            const Pass pass(plot, rects[i]);
            body = bodyOf(plainSvg(plot, size, title, description));
        }
        // The rect as laid out for this picture; QCPLayer clips one pixel higher than the rect, so does this.
        const QRect clip = rects[i]->rect().translated(0, -1);
        const QByteArray id = "axisRect" + QByteArray::number(i);
        clips += "<clipPath id=\"" + id + "\"><rect x=\"" + QByteArray::number(clip.x()) + "\" y=\"" +
                 QByteArray::number(clip.y()) + "\" width=\"" + QByteArray::number(clip.width()) + "\" height=\"" +
                 QByteArray::number(clip.height()) + "\"/></clipPath>\n";
        groups += "<g clip-path=\"url(#" + id + ")\">" + body + "</g>\n";
    }
    QByteArray document = frame.left(defsEnd) + clips + "</defs>" + bodyOf(frame) + groups + "</svg>\n";
    // Clip paths are SVG 1.1 (full); QSvgGenerator declares SVG Tiny 1.2, which has none.
    document.replace(QByteArrayLiteral(" version=\"1.2\" baseProfile=\"tiny\""), QByteArrayLiteral(" version=\"1.1\""));
    return document;
}

}  // namespace lif::ui
