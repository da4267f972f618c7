#pragma once
// The colours of LIFscope: the Okabe-Ito palette, which stays distinguishable with the common colour-vision
// deficiencies, plus a few neutral greys. Every plot and panel takes its colours from here.
//
// Threading: constants, usable from any thread.
#include <QColor>

namespace lif::ui::palette {

inline QColor black() {
    return QColor(0x00, 0x00, 0x00);
}
inline QColor orange() {
    return QColor(0xE6, 0x9F, 0x00);
}
inline QColor skyBlue() {
    return QColor(0x56, 0xB4, 0xE9);
}
inline QColor bluishGreen() {
    return QColor(0x00, 0x9E, 0x73);
}
inline QColor yellow() {
    return QColor(0xF0, 0xE4, 0x42);
}
inline QColor blue() {
    return QColor(0x00, 0x72, 0xB2);
}
inline QColor vermillion() {
    return QColor(0xD5, 0x5E, 0x00);
}
inline QColor reddishPurple() {
    return QColor(0xCC, 0x79, 0xA7);
}

inline QColor ink() {
    return QColor(0x22, 0x26, 0x2b);
}  ///< text and axes
inline QColor muted() {
    return QColor(0x5f, 0x66, 0x6d);
}  ///< secondary text, change marks
inline QColor grid() {
    return QColor(0xe3, 0xe6, 0xea);
}  ///< grid lines
inline QColor panel() {
    return QColor(0xf6, 0xf7, 0xf9);
}  ///< panel backgrounds
inline QColor focus() {
    return blue();
}  ///< the ring around the widget with the keyboard focus

/// What each signal is drawn in.
inline QColor voltage() {
    return blue();
}
inline QColor threshold() {
    return vermillion();
}
inline QColor steadyState() {
    return bluishGreen();
}
inline QColor spike() {
    return vermillion();
}
inline QColor injected() {
    return orange();
}
inline QColor synaptic() {
    return reddishPurple();
}

}  // namespace lif::ui::palette
