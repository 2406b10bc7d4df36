//! Tokens printed by a program (`admin.command`, `admin.proxyCommand`): its standard
//! output, trimmed. The output is a secret; a failure reports the exit status only.

use crate::auth_error;
use crate::secret::Secret;
use flyrs_core::transport::CallError;
use std::process::Stdio;
use std::time::Duration;

/// Runs `argv` (no shell) and returns its trimmed standard output; `what` names the
/// setting in errors (`admin.command`).
pub async fn run(argv: &[String], what: &str, timeout: Duration) -> Result<Secret, CallError> {
    let (program, args) = argv.split_first().ok_or_else(|| {
        auth_error(format!(
            "{what} is empty; give the program and its arguments"
        ))
    })?;
    let child = tokio::process::Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| auth_error(format!("cannot run {what} ({program:?}): {e}")))?;
    let output = tokio::time::timeout(timeout, child.wait_with_output())
        .await
        .map_err(|_| {
            auth_error(format!(
                "{what} ({program:?}) did not finish within {} s",
                timeout.as_secs_f64()
            ))
        })?
        .map_err(|e| auth_error(format!("{what} ({program:?}) failed: {e}")))?;
    if !output.status.success() {
        return Err(auth_error(format!(
            "{what} ({program:?}) failed with {}; run it by hand to see why",
            output.status
        )));
    }
    let text = String::from_utf8(output.stdout).map_err(|_| {
        auth_error(format!(
            "{what} ({program:?}) printed something that is not UTF-8"
        ))
    })?;
    let token = text.trim();
    if token.is_empty() {
        return Err(auth_error(format!(
            "{what} ({program:?}) printed nothing; it must print a token"
        )));
    }
    Ok(Secret::new(token))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Vec<String> {
        vec!["sh".into(), "-c".into(), script.into()]
    }

    fn block<F: std::future::Future>(f: F) -> F::Output {
        flyrs_core::transport::block_on(f).unwrap()
    }

    #[test]
    fn output_trimmed_and_failures_named() {
        let t = Duration::from_secs(10);
        assert_eq!(
            block(run(&sh("echo '  tok-1  '"), "admin.command", t))
                .unwrap()
                .expose(),
            "tok-1"
        );
        let failed = block(run(&sh("echo secret-out; exit 3"), "admin.command", t)).unwrap_err();
        assert!(
            failed.message.contains("exit status: 3"),
            "{}",
            failed.message
        );
        assert!(!failed.message.contains("secret-out"));
        let empty = block(run(&sh("true"), "admin.command", t)).unwrap_err();
        assert!(
            empty.message.contains("printed nothing"),
            "{}",
            empty.message
        );
        let missing =
            block(run(&["/no/such/program".into()], "admin.proxyCommand", t)).unwrap_err();
        assert!(
            missing.message.contains("admin.proxyCommand"),
            "{}",
            missing.message
        );
        let slow = block(run(
            &sh("sleep 5"),
            "admin.command",
            Duration::from_millis(200),
        ))
        .unwrap_err();
        assert!(slow.message.contains("did not finish"), "{}", slow.message);
        assert!(block(run(&[], "admin.command", t)).is_err());
    }
}
