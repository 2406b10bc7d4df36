//! Reading a request's required fields: a missing one is INVALID_ARGUMENT naming it, as
//! FlyteAdmin answers.

use tonic::Status;

pub trait Required<T> {
    /// The value, or INVALID_ARGUMENT "missing `field`".
    fn required(self, field: &str) -> Result<T, Status>;
}

impl<T> Required<T> for Option<T> {
    fn required(self, field: &str) -> Result<T, Status> {
        self.ok_or_else(|| Status::invalid_argument(format!("missing {field}")))
    }
}
