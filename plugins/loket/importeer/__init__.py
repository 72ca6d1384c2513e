"""Import: other formats (Open Referral HSDS) into Loket's data packages."""
