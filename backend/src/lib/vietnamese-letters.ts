/** Letters only Vietnamese writes: a text holding one speaks Vietnamese (accent-less text does not). */
export const VIETNAMESE_LETTER = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i
