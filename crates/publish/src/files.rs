//! Finding and reading content files so that no folder can hang or crash a run: what cannot be listed
//! or read (permissions, a symbolic link that leads back to itself, a name that is not UTF-8, a pipe
//! or a folder named like an article, a file far larger than any article) is a problem with the
//! file's name, and the rest of the folder is still checked.

use crate::diagnostics::Problem;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// No article comes near this: every text field at its limit, escaped, is under 500 kB. Reading stops
/// here, so a huge file by mistake costs nothing.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

fn hint(err: &io::Error) -> Option<&'static str> {
    match err.kind() {
        io::ErrorKind::PermissionDenied => Some("let the user running digest-content read it (chmod, or chown)"),
        io::ErrorKind::NotFound => Some("create it, or check the path"),
        io::ErrorKind::InvalidData => Some("save the file as UTF-8"),
        _ => None,
    }
}

fn io_problem(path: &Path, what: &str, err: &io::Error) -> Problem {
    let problem = Problem::new(path, "read", format!("{what}: {err}"));
    match hint(err) {
        Some(fix) => problem.with_fix(fix),
        None => problem,
    }
}

/// The `*.json` files of `dir`, sorted by name, with a problem for each entry that cannot be used.
pub fn json_files(dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(io_problem(dir, "cannot read the articles folder", &err));
            return Vec::new();
        }
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                problems.push(io_problem(dir, "cannot list the articles folder", &err));
                break;
            }
        };
        let path = entry.path();
        if path.extension().is_none_or(|ext| ext != "json") {
            continue;
        }
        if entry.file_name().to_str().is_none() {
            problems.push(
                Problem::new(&path, "file-name", "the file name is not valid UTF-8")
                    .with_fix("name the file <slug>.json, with the article's slug"),
            );
            continue;
        }
        files.push(path);
    }
    // Every file is in the one folder: comparing names is enough, and much cheaper than comparing
    // paths component by component.
    files.sort_unstable_by(|a, b| a.file_name().cmp(&b.file_name()));
    files
}

/// What `file` is, when it is not a file that can be read.
fn kind_of(meta: &fs::Metadata) -> &'static str {
    if meta.is_dir() {
        "a folder"
    } else {
        "not a regular file (a pipe, socket or device)"
    }
}

/// The text of `file`, or why it cannot be had.
pub fn read_text(file: &Path) -> Result<String, Box<Problem>> {
    // `metadata` follows symbolic links: a loop fails here, and a pipe is never opened (opening one
    // waits for a writer forever).
    let meta = fs::metadata(file).map_err(|err| io_problem(file, "cannot read the file", &err))?;
    if !meta.is_file() {
        return Err(Box::new(
            Problem::new(file, "read", format!("cannot read the file: it is {}", kind_of(&meta)))
                .with_fix("keep only article files named <slug>.json in the articles folder"),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        let message = format!("the file is {} bytes; an article file is at most {MAX_FILE_BYTES}", meta.len());
        return Err(Box::new(
            Problem::new(file, "too-large", message).with_fix("is this really an article? split it, or shorten it"),
        ));
    }
    let mut text = String::new();
    fs::File::open(file)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_string(&mut text))
        .map_err(|err| io_problem(file, "cannot read the file", &err))?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Severity;

    fn message(problem: &Problem) -> String {
        format!("{}: {}", problem.rule, problem.message)
    }

    #[test]
    fn lists_json_files_sorted_and_skips_the_rest() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        for name in ["b.json", "a.json", "notes.md", "c.json.bak"] {
            fs::write(dir.join(name), "{}").unwrap();
        }
        let mut problems = Vec::new();
        let files = json_files(dir, &mut problems);
        assert_eq!(files, [dir.join("a.json"), dir.join("b.json")]);
        assert!(problems.is_empty());
    }

    #[test]
    fn a_missing_folder_is_one_problem() {
        let mut problems = Vec::new();
        assert!(json_files(&tempfile::tempdir().unwrap().path().join("absent"), &mut problems).is_empty());
        assert_eq!(problems.len(), 1);
        assert!(message(&problems[0]).starts_with("read: cannot read the articles folder: No such file"));
        assert_eq!(problems[0].fix, Some("create it, or check the path"));
    }

    #[cfg(unix)]
    #[test]
    fn a_name_that_is_not_utf8_is_named() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        let name = OsStr::from_bytes(b"caf\xe9.json");
        if fs::write(dir.join(name), "{}").is_err() {
            return; // a file system that refuses such names cannot hold one either
        }
        let mut problems = Vec::new();
        assert!(json_files(dir, &mut problems).is_empty());
        assert_eq!(message(&problems[0]), "file-name: the file name is not valid UTF-8");
        assert!(problems[0].file.to_string_lossy().ends_with("caf\u{FFFD}.json"));
    }

    #[cfg(unix)]
    #[test]
    fn loops_folders_and_pipes_are_problems_not_hangs() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        std::os::unix::fs::symlink(dir.join("loop.json"), dir.join("loop.json")).unwrap();
        fs::create_dir(dir.join("folder.json")).unwrap();
        let fifo = dir.join("pipe.json");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
        let loop_problem = read_text(&dir.join("loop.json")).unwrap_err();
        assert!(message(&loop_problem).contains("symbolic links"), "{loop_problem}");
        assert_eq!(
            message(&read_text(&dir.join("folder.json")).unwrap_err()),
            "read: cannot read the file: it is a folder"
        );
        if made {
            assert!(message(&read_text(&fifo).unwrap_err()).contains("not a regular file"));
        }
        assert_eq!(loop_problem.severity, Severity::Error);
    }

    #[cfg(unix)]
    #[test]
    fn an_unreadable_file_says_how_to_fix_it() {
        // Built from the error itself: the tests may run as root, who can read any file.
        let denied = io::Error::from_raw_os_error(13);
        let problem = io_problem(Path::new("articles/a.json"), "cannot read the file", &denied);
        assert!(message(&problem).starts_with("read: cannot read the file: Permission denied"), "{problem}");
        assert_eq!(problem.fix, Some("let the user running digest-content read it (chmod, or chown)"));
    }

    #[test]
    fn a_huge_file_is_refused_before_it_is_read() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        let file = dir.join("huge.json");
        fs::File::create(&file).unwrap().set_len(MAX_FILE_BYTES + 1).unwrap();
        let problem = read_text(&file).unwrap_err();
        assert_eq!(problem.rule, "too-large");
    }
}
