"""What the staff console shows beyond stored data: where the words that raised a case's risk are."""
