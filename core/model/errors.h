#pragma once
// Errors that reach a person: each message names the field or file, the value, and what is allowed.
#include <stdexcept>
#include <string>

namespace lif {

/// Bad input from outside (a parameter, a flag, a file). The CLI turns it into exit status 2,
/// the window into a dialog; the message is complete and needs no context.
class InputError : public std::runtime_error {
public:
    explicit InputError(const std::string& message) : std::runtime_error(message) {}
};

/// The numerical solver could not continue (too many rejected steps, a non-finite state).
/// Reported to the user; never fatal to the application.
class SolverError : public std::runtime_error {
public:
    explicit SolverError(const std::string& message) : std::runtime_error(message) {}
};

/// Writing an output file failed; any existing file at that path is left untouched.
class OutputError : public std::runtime_error {
public:
    explicit OutputError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace lif
