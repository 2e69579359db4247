//! [`Shared`]: an `Rc` compared by identity, for the large values (a synthesis, the import report) that states, props and effect dependencies hold, so a render never walks one to learn that nothing changed.

use std::ops::Deref;
use std::rc::Rc;

/// A value shared between renders and compared by identity: two `Shared` are equal when they
/// are the same allocation. A new value is always a new `Shared`, so a change is never missed;
/// an equal value made again counts as a change, which costs one render, never a stale one.
#[derive(Debug, Default)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Self(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_only_to_itself_and_its_clones() {
        let a = Shared::new(vec![1.0_f64]);
        assert_eq!(a, a.clone());
        assert_ne!(a, Shared::new(vec![1.0_f64]));
        assert_eq!(a.len(), 1);
    }
}
